package org.disputes.api.adjudication;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One reason of a decision as data, so that a client can word it in its reader's language: a stable {@code code}
 * (docs/POLICY.md lists every one) and its {@code args}. An argument is a string (amounts, counts, instants, ISO-8601
 * durations, rule ids, evidence types and ids), a nested reason (e.g. why an evidence item weighs what it does), or a
 * list of nested reasons (e.g. every evidence item of one side). Never free text a person wrote.
 */
public record ReasonDetail(String code, Map<String, Object> args) {

    public ReasonDetail {
        Objects.requireNonNull(code, "code");
        Map<String, Object> typed = new LinkedHashMap<>();
        if (args != null) {
            args.forEach((name, value) -> {
                if (value != null) {
                    typed.put(name, typed(value));
                }
            });
        }
        args = Collections.unmodifiableMap(typed);
    }

    public static ReasonDetail of(String code) {
        return new ReasonDetail(code, Map.of());
    }

    /**
     * Nested reasons read back from JSON arrive as maps: they become reasons again, so that a round trip is equal;
     * anything else not a reason or a list is kept as its string.
     */
    private static Object typed(Object value) {
        if (value instanceof Map<?, ?> map && map.containsKey("code")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> nestedArgs = (Map<String, Object>) map.get("args");
            return new ReasonDetail(String.valueOf(map.get("code")), nestedArgs);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReasonDetail::typed).toList();
        }
        return value instanceof ReasonDetail ? value : String.valueOf(value);
    }
}
