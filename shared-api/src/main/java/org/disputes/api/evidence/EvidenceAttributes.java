package org.disputes.api.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The typed facts an evidence item states (strings, numbers or booleans), read by the policy by name. */
public record EvidenceAttributes(Map<String, Object> values) {

    public static final EvidenceAttributes NONE = new EvidenceAttributes(Map.of());

    public EvidenceAttributes {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonCreator
    public static EvidenceAttributes of(Map<String, Object> values) {
        return new EvidenceAttributes(values);
    }

    @JsonValue
    public Map<String, Object> values() {
        return values;
    }

    public Optional<Boolean> flag(EvidenceAttribute attribute) {
        return values.get(attribute.key()) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public Optional<BigDecimal> number(EvidenceAttribute attribute) {
        return values.get(attribute.key()) instanceof Number n ? Optional.of(new BigDecimal(n.toString())) : Optional.empty();
    }

    public Optional<String> text(EvidenceAttribute attribute) {
        return values.get(attribute.key()) instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
