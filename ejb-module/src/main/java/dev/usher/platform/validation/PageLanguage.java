package dev.usher.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A language the guest-facing pages and e-mails have texts for: a two- or three-letter ISO 639
 * code with a file {@code guest-texts/<code>.properties} on the class path (so a new language is
 * that one file). Null is allowed (the default applies).
 */
@Constraint(validatedBy = PageLanguage.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface PageLanguage {

    /** Where the texts of language {@code xx} are: {@code guest-texts/xx.properties}. */
    String TEXTS_FOLDER = "guest-texts/";

    String message() default "must be a language the guest pages have texts for, such as en or he";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PageLanguage, String> {

        private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || supported(value);
        }

        /** Whether {@code language} is a code with a texts file. */
        public static boolean supported(String language) {
            return language != null && CODE.matcher(language).matches()
                    && PageLanguage.class.getClassLoader().getResource(TEXTS_FOLDER + language + ".properties") != null;
        }
    }
}
