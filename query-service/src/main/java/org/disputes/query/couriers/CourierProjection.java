package org.disputes.query.couriers;

import org.axonframework.eventhandling.EventMessage;
import org.disputes.api.fraud.CourierEvent;
import org.disputes.api.fraud.CourierFlagged;
import org.disputes.api.fraud.FraudReferralOpened;
import org.disputes.query.projection.Projection;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the facts on couriers' records (events of the {@code CourierRecord} aggregate) as rows. Idempotent: a
 * redelivered fact is already there and is ignored, so a rebuild writes them as the processor does.
 */
@Component
public class CourierProjection implements Projection {

    private final CourierRepository couriers;

    CourierProjection(CourierRepository couriers) {
        this.couriers = couriers;
    }

    @Override
    public List<String> tables() {
        return List.of("query.courier_flag", "query.courier_referral");
    }

    @Override
    public Runnable apply(List<? extends EventMessage<?>> events, Mode mode) {
        for (EventMessage<?> message : events) {
            if (message.getPayload() instanceof CourierEvent event) {
                record(event);
            }
        }
        return () -> { };
    }

    /** Every courier event has its row; one this projection does not know fails loudly rather than vanish. */
    void record(CourierEvent event) {
        if (event instanceof CourierFlagged flagged) {
            couriers.recordFlag(flagged.courierId(), flagged.caseId().value(), flagged.signal(),
                    flagged.flaggedAt());
        } else if (event instanceof FraudReferralOpened opened) {
            couriers.recordReferral(opened.courierId(), opened.referralId(), opened.openedAt(),
                    opened.caseIds().stream().map(Object::toString).toList());
        } else {
            throw new IllegalArgumentException("CourierProjection does not handle " + event.getClass().getName());
        }
    }
}
