package org.disputes.api.scam;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a scam contact and its event stream. Derived from the normalised contact (a name-based UUID of channel
 * and contact), so reports of one contact arriving at once on several instances meet in one stream.
 */
public record ScamContactId(UUID value) {

    /** The namespace of contact ids (a fixed random UUID): no other name-based id of the project shares it. */
    static final UUID NAMESPACE = UUID.fromString("6d1f3c52-9a0e-4f7b-8c44-2b7e5d90a1c3");

    public ScamContactId {
        Objects.requireNonNull(value, "contact id");
    }

    public static ScamContactId of(NormalisedContact contact) {
        return new ScamContactId(NameBasedUuid.v5(NAMESPACE, contact.channel().name() + ":" + contact.value()));
    }

    @JsonCreator
    public static ScamContactId of(String value) {
        return new ScamContactId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
