package dev.usher.questions.boundary;

import dev.usher.questions.entity.QuestionKind;
import dev.usher.questions.entity.QuestionScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A question as an organizer defines it. */
@Schema(name = "QuestionInput")
public record QuestionInput(
        @NotBlank @Size(max = 200) String label,
        @NotNull QuestionKind kind,
        @Schema(defaultValue = "member", description = "Asked of every household member, or once per household")
        QuestionScope scope,
        @Schema(defaultValue = "false", description = "Required of those who attend") Boolean required,
        @Schema(description = "choice: its options (2 to 30); dietary: tags to pick from (none: free text); "
                + "yesno and text: none")
        @Size(max = 30) List<String> options,
        @Schema(description = "Order among the event's questions, lowest first; default after the last")
        @Min(0) @Max(1000) Integer position) {
}
