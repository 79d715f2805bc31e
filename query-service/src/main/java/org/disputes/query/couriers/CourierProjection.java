package org.disputes.query.couriers;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.disputes.api.fraud.CourierFlagged;
import org.disputes.api.fraud.FraudReferralOpened;
import org.disputes.query.cases.CaseProjection;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the facts on couriers' records (events of the {@code CourierRecord} aggregate) as rows. It shares the case
 * views' processing group, so it runs on the same processor and is rebuilt with them by the same reset. Idempotent:
 * a redelivered fact is already there and is ignored.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CourierProjection {

    private final CourierRepository couriers;

    CourierProjection(CourierRepository couriers) {
        this.couriers = couriers;
    }

    @EventHandler
    void on(CourierFlagged flagged) {
        couriers.recordFlag(flagged.courierId(), flagged.caseId().value(), flagged.signal(), flagged.flaggedAt());
    }

    @EventHandler
    void on(FraudReferralOpened opened) {
        couriers.recordReferral(opened.courierId(), opened.referralId(), opened.openedAt(),
                opened.caseIds().stream().map(Object::toString).toList());
    }

    /** Records the facts of a page of the event store's events, in the caller's transaction: the rebuild's way in. */
    public void projectPage(List<? extends EventMessage<?>> page) {
        for (EventMessage<?> message : page) {
            Object event = message.getPayload();
            if (event instanceof CourierFlagged flagged) {
                on(flagged);
            } else if (event instanceof FraudReferralOpened opened) {
                on(opened);
            }
        }
    }

    @ResetHandler
    void forgetEverything() {
        couriers.clear();
    }
}
