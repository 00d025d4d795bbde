package dev.usher.platform.validation;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/** A two-letter region libphonenumber knows (e.g. {@code IL}, {@code FR}); null or blank is allowed. */
@Constraint(validatedBy = PhoneRegion.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface PhoneRegion {

    String message() default "must be a two-letter ISO 3166 region code with a phone numbering plan, e.g. IL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PhoneRegion, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank()
                    || PhoneNumberUtil.getInstance().getSupportedRegions().contains(value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
