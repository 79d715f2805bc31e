package org.disputes.command.policy;

import org.disputes.api.adjudication.ReasonDetail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason of a decision, or a part of one (why an evidence item weighs what it does): a {@link ReasonCode} and its
 * arguments. Its English sentence is rendered from the code and the arguments alone, so what is recorded as data and
 * what is recorded as words cannot disagree. An argument is a string, a nested reason or a list of nested reasons.
 */
public record Reason(ReasonCode code, Map<String, Object> args) {

    public Reason {
        Objects.requireNonNull(code, "code");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** A reason with its arguments as name, value, name, value…; a null value leaves its argument out. */
    static Reason of(ReasonCode code, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                args.put((String) namesAndValues[i], argument(value));
            }
        }
        return new Reason(code, args);
    }

    /** The reason as the events record it; {@link #from} reads it back. */
    public ReasonDetail detail() {
        Map<String, Object> recorded = new LinkedHashMap<>();
        args.forEach((name, value) -> recorded.put(name, recorded(value)));
        return new ReasonDetail(code.code(), recorded);
    }

    /** A recorded reason as the policy renders it; its code must be one this version knows. */
    public static Reason from(ReasonDetail detail) {
        Map<String, Object> args = new LinkedHashMap<>();
        detail.args().forEach((name, value) -> args.put(name, read(value)));
        return new Reason(ReasonCode.of(detail.code()), args);
    }

    /** The English sentence (or clause, for a nested reason). */
    public String english() {
        return code.english(this);
    }

    String text(String name) {
        Object value = args.get(name);
        if (!(value instanceof String text)) {
            throw new IllegalStateException(code.code() + " has no text argument " + name);
        }
        return text;
    }

    Optional<String> optionalText(String name) {
        return args.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    Reason reason(String name) {
        if (!(args.get(name) instanceof Reason reason)) {
            throw new IllegalStateException(code.code() + " has no reason argument " + name);
        }
        return reason;
    }

    List<Reason> reasons(String name) {
        if (!(args.get(name) instanceof List<?> list)) {
            throw new IllegalStateException(code.code() + " has no list argument " + name);
        }
        List<Reason> reasons = new ArrayList<>();
        list.forEach(item -> reasons.add((Reason) item));
        return reasons;
    }

    private static Object argument(Object value) {
        if (value instanceof Reason || value instanceof String) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Reason::argument).toList();
        }
        return String.valueOf(value);
    }

    private static Object recorded(Object value) {
        if (value instanceof Reason reason) {
            return reason.detail();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Reason::recorded).toList();
        }
        return value;
    }

    private static Object read(Object value) {
        if (value instanceof ReasonDetail detail) {
            return from(detail);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Reason::read).toList();
        }
        return value;
    }
}
