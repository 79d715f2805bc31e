package org.disputes.command.claims;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Three upper-case letters that ISO 4217 knows ({@code XXY} is not). Text of another form is left to the field's
 * {@code @Pattern}, so that one wrong currency is named once.
 */
@Documented
@Constraint(validatedBy = KnownCurrency.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface KnownCurrency {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownCurrency, String> {

        /** Compiled once: {@code String.matches} compiles its expression again on every call. */
        private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null || !THREE_LETTERS.matcher(code).matches()) {
                return true;
            }
            try {
                Currency.getInstance(code);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
