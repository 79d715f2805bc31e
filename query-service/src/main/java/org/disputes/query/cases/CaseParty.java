package org.disputes.query.cases;

import org.disputes.api.evidence.Party;

import java.util.Objects;

/**
 * A seller or a carrier reading the cases that name it (API.md, "Party view"): the party it is and its party id.
 * A case names it when its {@code sellerId} (for a seller) or {@code carrierId} (for a carrier) is that id.
 */
public record CaseParty(Party party, String partyId) {

    public CaseParty {
        Objects.requireNonNull(party, "party");
        if (party != Party.SELLER && party != Party.CARRIER) {
            throw new IllegalArgumentException("only a seller or a carrier reads the party view, not " + party);
        }
    }

    public boolean isNamedBy(CaseView view) {
        return partyId != null && partyId.equals(party == Party.SELLER ? view.sellerId() : view.carrierId());
    }

    /** Evidence this party submitted (or an agent submitted for it): shown whole. */
    boolean submitted(EvidenceView evidence) {
        return party.name().equals(evidence.party());
    }
}
