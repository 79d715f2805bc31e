package org.disputes.command.claims;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.disputes.api.Money;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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

        /** The form the field's {@code @Pattern} asks for: text of another form is that annotation's to name. */
        private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || !THREE_LETTERS.matcher(code).matches() || Money.knownCurrency(code).isPresent();
        }
    }
}
