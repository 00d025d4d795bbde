package dev.usher.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deliverable-looking e-mail address: Bean Validation's {@code @Email} plus a dotted
 * domain (so {@code ann@localhost} is refused) and the 254-character limit of RFC 5321.
 */
@Email(regexp = EmailAddress.PATTERN)
@Size(max = 254)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface EmailAddress {

    String PATTERN = "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$";

    String message() default "must be an e-mail address such as ann@example.com";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
