package dev.usher.platform.errors;

import java.util.List;

/** The input was understood but breaks a rule; every offending field is listed. */
public class InvalidInputException extends UsherException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super(summary(fieldErrors));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError e = errors.get(0);
            return e.field() + ": " + e.message();
        }
        return errors.size() + " fields are invalid";
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String type() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
