package dev.usher.questions.control;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.InputValidator;
import dev.usher.questions.boundary.QuestionInput;
import dev.usher.questions.entity.QuestionData;
import dev.usher.questions.entity.QuestionKind;
import dev.usher.questions.entity.QuestionScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one way a question's input becomes stored data: Bean Validation, then the options each
 * kind needs (a choice offers 2 or more; yes/no and text offer none; dietary tags are optional),
 * trimmed and distinct regardless of case. Pure: no database.
 */
@Dependent
public class QuestionRules {

    public static final int MAX_OPTION_LENGTH = 100;

    private final InputValidator validator;

    @Inject
    public QuestionRules(InputValidator validator) {
        this.validator = validator;
    }

    /** The stored form of a valid question at {@code defaultPosition} unless it names one, or 422 naming each bad field. */
    public QuestionData accepted(QuestionInput input, int defaultPosition) {
        List<FieldError> errors = new ArrayList<>(validator.errors(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = input.options() == null ? List.of() : input.options();
        for (int i = 0; i < given.size(); i++) {
            String option = given.get(i) == null ? "" : given.get(i).strip();
            if (option.isEmpty() || option.length() > MAX_OPTION_LENGTH) {
                errors.add(new FieldError("options[" + i + "]", "must be 1 to " + MAX_OPTION_LENGTH + " characters"));
            } else if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("options[" + i + "]", "repeats an earlier option"));
            } else {
                options.add(option);
            }
        }
        if (input.kind() == QuestionKind.choice && given.size() < 2) {
            errors.add(new FieldError("options", "a choice needs at least 2 options"));
        }
        if ((input.kind() == QuestionKind.yesno || input.kind() == QuestionKind.text) && !given.isEmpty()) {
            errors.add(new FieldError("options", "a " + input.kind() + " question has no options"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new QuestionData(input.position() == null ? defaultPosition : input.position(), input.kind(),
                input.scope() == null ? QuestionScope.member : input.scope(), input.label().strip(),
                Boolean.TRUE.equals(input.required()), optionsJson(options));
    }

    static String optionsJson(List<String> options) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        options.forEach(array::add);
        return array.build().toString();
    }

    /** The options stored as a JSON array. */
    public static List<String> options(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
