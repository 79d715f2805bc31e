package org.disputes.platform.web;

import org.disputes.platform.problem.ProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Explains why a body could not be read, in the client's terms (field path, expected values) and never in the
 * server's (no class names, no parser internals).
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ApiProblem explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge.problem();
            }
        }
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) {
            return new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                    "The request body is missing or cannot be read as JSON.");
        }
        if (jackson instanceof StreamConstraintsException) {
            return new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                    "The JSON document exceeds a limit (nesting depth, string or number length).");
        }
        if (jackson instanceof StreamReadException) {
            return new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                    "The request body is not well-formed JSON.");
        }
        String field = path(jackson);
        return ApiProblem.invalid(field.isEmpty() ? "body" : field, message(jackson));
    }

    private static String message(JacksonException e) {
        if (e instanceof WellFormedText.UnpairedSurrogate) {
            return WellFormedText.MESSAGE;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null
                && instantiation.getCause().getMessage() != null) {
            return "is not valid: " + instantiation.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "is not valid";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 UTC instant such as 2026-11-22T10:15:30Z";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object of the documented shape";
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
