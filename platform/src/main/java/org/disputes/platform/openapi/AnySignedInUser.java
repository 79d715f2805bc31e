package org.disputes.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (or every operation of a controller) that any signed-in user may call whatever their role,
 * so that its OpenAPI entry lists no {@code 403}: every other operation of the API is reserved to some roles.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AnySignedInUser {
}
