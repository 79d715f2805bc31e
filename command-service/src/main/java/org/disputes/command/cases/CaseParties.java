package org.disputes.command.cases;

import org.disputes.api.CaseId;

import java.util.Optional;

/**
 * Who a case is against: the seller and (for deliveries) the carrier whose users may act on it. Both are named
 * when the case is filed and never change, so an answer cannot go stale.
 */
public interface CaseParties {

    /** The parties of the case, or empty when no case has this id. */
    Optional<Parties> of(CaseId caseId);

    /** {@code carrierId} is null for a dispute that involves no delivery. */
    record Parties(String sellerId, String carrierId) {
    }
}
