package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;

import java.time.Instant;
import java.util.Objects;

/** The part of an evidence item the policy reads: who, what kind, which attributes, and when it arrived. */
public record Evidence(EvidenceId id, Party party, EvidenceType type, EvidenceAttributes attributes,
                       Instant submittedAt) {

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(submittedAt, "submittedAt");
        attributes = attributes == null ? EvidenceAttributes.NONE : attributes;
    }

    public static Evidence from(EvidenceSubmitted event) {
        return new Evidence(event.evidenceId(), event.party(), event.type(), event.attributes(), event.submittedAt());
    }

    /** How reasons name the item: its type and the first 8 characters of its id, enough within one case. */
    public String label() {
        return label(type, id);
    }

    static String label(EvidenceType type, EvidenceId id) {
        return type + " (evidence " + id.toString().substring(0, 8) + ")";
    }
}
