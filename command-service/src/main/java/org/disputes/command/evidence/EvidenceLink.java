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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where an evidence file lies: an absolute URI of a scheme that names stored content, never {@code javascript:},
 * {@code data:} or {@code file:}. Missing and over-long values are the field's other constraints' to name.
 */
@Documented
@Constraint(validatedBy = EvidenceLink.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface EvidenceLink {

    int MAX = 2048;
    Set<String> SCHEMES = Set.of("https", "http", "s3", "urn");

    String message() default "must be an absolute URI with scheme [http, https, s3, urn]";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EvidenceLink, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || value.length() > MAX) {
                return true;
            }
            try {
                URI uri = new URI(value);
                return uri.isAbsolute() && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT));
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
