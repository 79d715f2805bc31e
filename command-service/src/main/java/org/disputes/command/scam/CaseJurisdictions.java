package org.disputes.command.scam;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.api.CaseId;
import org.disputes.api.Purchase;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where a case was filed, read from its first event: how a national phone number in a report naming the case is
 * read when the report gives no country. A case's jurisdiction never changes, so what was read once holds.
 */
@Component
class CaseJurisdictions {

    private final EventStorageEngine events;
    private final Cache<CaseId, String> known = Caffeine.newBuilder().maximumSize(10_000).build();

    CaseJurisdictions(EventStorageEngine events) {
        this.events = events;
    }

    /** The case's jurisdiction, or empty when no case has this id. */
    Optional<String> of(CaseId caseId) {
        String remembered = known.getIfPresent(caseId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        DomainEventStream stream = events.readEvents(caseId.toString(), 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Object first = stream.next().getPayload();
        Purchase purchase = first instanceof DeliveryClaimFiled filed ? filed.purchase()
                : first instanceof CustomerDisputeOpened opened ? opened.purchase() : null;
        Optional<String> jurisdiction = Optional.ofNullable(purchase).map(p -> p.jurisdiction().code());
        jurisdiction.ifPresent(code -> known.put(caseId, code));
        return jurisdiction;
    }
}
