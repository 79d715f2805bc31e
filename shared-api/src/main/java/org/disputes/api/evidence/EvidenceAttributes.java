package org.disputes.api.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.disputes.api.Flaw;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The typed facts an evidence item states (strings, numbers or booleans), read by the policy by name. */
public record EvidenceAttributes(Map<String, Object> values) {

    public static final EvidenceAttributes NONE = new EvidenceAttributes(Map.of());
    /** More facts than this about one item is not evidence but a dump. */
    public static final int MAX_ENTRIES = 32;

    public EvidenceAttributes {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @JsonCreator
    public static EvidenceAttributes of(Map<String, Object> values) {
        return new EvidenceAttributes(values);
    }

    public Map<String, Object> values() {
        return values;
    }

    /**
     * Written as the plain object of its facts. Through a type of its own, final and without type parameters:
     * for a {@code @JsonValue} typed {@code Map<String, Object>} Jackson looks the serializer up anew for every value
     * written (Jackson 3.1 and 3.3), and every evidence item stored or shown paid for that lookup.
     */
    @JsonValue
    private Facts json() {
        return new Facts(values);
    }

    private static final class Facts extends LinkedHashMap<String, Object> {
        Facts(Map<String, Object> values) {
            super(values);
        }
    }

    /**
     * What makes these attributes unfit for a decision: too many of them, or an attribute the policy reads
     * ({@link EvidenceAttribute}) holding a value of the wrong type. Others are kept as they are.
     */
    public List<Flaw> flaws() {
        List<Flaw> flaws = new ArrayList<>();
        if (values.size() > MAX_ENTRIES) {
            flaws.add(new Flaw("attributes", "must have at most " + MAX_ENTRIES + " entries"));
        }
        values.forEach((key, value) -> EvidenceAttribute.forKey(key)
                .flatMap(attribute -> attribute.problemWith(value))
                .ifPresent(problem -> flaws.add(new Flaw("attributes." + key, problem))));
        return flaws;
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
