package org.disputes.api.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one evidence item; unique within its case. */
public record EvidenceId(UUID value) {

    public EvidenceId {
        Objects.requireNonNull(value, "evidence id");
    }

    @JsonCreator
    public static EvidenceId of(String value) {
        return new EvidenceId(UUID.fromString(value));
    }

    public static EvidenceId random() {
        return new EvidenceId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
