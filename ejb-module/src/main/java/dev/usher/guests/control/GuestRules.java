package dev.usher.guests.control;

import dev.usher.guests.boundary.GuestInput;
import dev.usher.guests.entity.GuestData;
import dev.usher.guests.entity.GuestStatus;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.validation.InputValidator;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way a guest's input becomes stored data, used by the single add, the JSON
 * import and the file import alike: Bean Validation, then phone normalization, then
 * defaults. Pure: no database, no caller.
 */
@Dependent
public class GuestRules {

    private final InputValidator validator;

    @Inject
    public GuestRules(InputValidator validator) {
        this.validator = validator;
    }

    /** Either the normalized guest or every reason it is not valid. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    public record Accepted(GuestData data) implements Outcome {
    }

    public record Rejected(List<FieldError> errors) implements Outcome {
    }

    public Outcome check(GuestInput raw, String phoneRegion) {
        if (raw == null) {
            return new Rejected(validator.errors(null));
        }
        GuestInput input = stripped(raw);
        List<FieldError> errors = new ArrayList<>(validator.errors(input));
        String phone = null;
        if (input.phone() != null && errors.stream().noneMatch(e -> e.field().equals("phone"))) {
            PhoneNumbers.Result result = PhoneNumbers.normalize(input.phone(), phoneRegion);
            if (result instanceof PhoneNumbers.Valid valid) {
                phone = valid.e164();
            } else if (result instanceof PhoneNumbers.Invalid invalid) {
                errors.add(new FieldError("phone", invalid.reason()));
            }
        }
        if (!errors.isEmpty()) {
            return new Rejected(List.copyOf(errors));
        }
        return new Accepted(new GuestData(
                input.firstName(),
                input.lastName(),
                phone,
                input.email() == null ? null : input.email().toLowerCase(Locale.ROOT),
                input.side(),
                input.status() == null ? GuestStatus.invited : input.status(),
                input.partySize() == null ? 1 : input.partySize(),
                input.notes()));
    }

    /** Surrounding white space is never meant (spreadsheets are full of it); blanks mean "none". */
    private static GuestInput stripped(GuestInput in) {
        return new GuestInput(trimToNull(in.firstName()), trimToNull(in.lastName()), trimToNull(in.phone()),
                trimToNull(in.email()), trimToNull(in.side()), in.status(), in.partySize(), trimToNull(in.notes()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
