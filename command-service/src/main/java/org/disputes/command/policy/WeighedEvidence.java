package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;

import java.util.Objects;

/**
 * One evidence item and what it is worth, {@code because} of a clause that reads after "because", e.g. "the code
 * was given by phone (channel PHONE), not entered in person". Whether it counts towards a tally is the tally's
 * business (only the strongest item of each type does).
 */
public record WeighedEvidence(EvidenceId evidenceId, Party party, EvidenceType type, ProofSide side, Weight weight,
                              Reason because) {

    public WeighedEvidence {
        Objects.requireNonNull(evidenceId, "evidenceId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(because, "because");
    }

    /** The clause in English. */
    public String why() {
        return because.english();
    }

    public int points() {
        return weight.points();
    }

    public String label() {
        return Evidence.label(type, evidenceId);
    }

    /** A sentence on its own: "OTP_CONFIRMATION disregarded: the customer's COMMUNICATION_LOG … reports …". */
    public String explanation() {
        return weight == Weight.NONE
                ? type + " disregarded: " + why()
                : type + " weighs " + weight + " (" + Sentences.points(points()) + "): " + why();
    }
}
