package dev.usher.platform.validation;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;

/**
 * Runs Bean Validation on an input record and reports every broken constraint as a
 * field error. Boundaries call it explicitly (not through method validation) so the
 * failure is an application exception that rolls back, never a wrapped system exception.
 */
@ApplicationScoped
public class InputValidator {

    /**
     * Every property of an input record may be read: they are records, never JPA entities. The
     * container's default resolver asks JPA whether each property is loaded, which was a third
     * of the validation time of an imported row.
     */
    private static final TraversableResolver EVERY_PROPERTY = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    Validator validator;

    public InputValidator() {
    }

    /** The container's validation, with its constraint validators, less the JPA reachability checks. */
    @Inject
    void use(ValidatorFactory factory) {
        this.validator = factory.usingContext().traversableResolver(EVERY_PROPERTY).getValidator();
    }

    /** For unit tests and batch code that has its own {@link Validator}. */
    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** The field errors of {@code input}, sorted by field; empty when it is valid. */
    public List<FieldError> errors(Object input) {
        if (input == null) {
            return List.of(new FieldError("body", "must not be empty"));
        }
        return validator.validate(input).stream()
                .map(InputValidator::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /** Throws {@link InvalidInputException} listing every broken constraint. */
    public void check(Object input) {
        List<FieldError> errors = errors(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return new FieldError(path.isEmpty() ? "body" : path, violation.getMessage());
    }
}
