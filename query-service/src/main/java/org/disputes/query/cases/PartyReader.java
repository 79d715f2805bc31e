package org.disputes.query.cases;

import org.disputes.api.evidence.Party;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.query.cases.CaseParty;

import java.util.Optional;

/** Who reads the party view: a signed-in seller or carrier, as the party it acts for; anyone else reads it all. */
final class PartyReader {

    private PartyReader() {
    }

    static Optional<CaseParty> of(DisputesPrincipal user) {
        if (user == null) {
            return Optional.empty();
        }
        return switch (user.role()) {
            case SELLER -> Optional.of(new CaseParty(Party.SELLER, user.partyId()));
            case CARRIER -> Optional.of(new CaseParty(Party.CARRIER, user.partyId()));
            default -> Optional.empty();
        };
    }
}
