package org.disputes.command.evidence;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One evidence attribute's value: a string (of at most 1000 characters), a number or a boolean; never null, a list
 * or an object. How the attributes the policy reads are typed is the case's rule.
 */
@Documented
@Constraint(validatedBy = AttributeValue.Check.class)
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface AttributeValue {

    int MAX_TEXT = 1000;

    String message() default "must be a string, a number or a boolean";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AttributeValue, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof String text && text.length() > MAX_TEXT) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must be at most " + MAX_TEXT + " characters")
                        .addConstraintViolation();
                return false;
            }
            return value instanceof String || value instanceof Number || value instanceof Boolean;
        }
    }
}
