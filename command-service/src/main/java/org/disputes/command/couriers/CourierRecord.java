package org.disputes.command.couriers;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputes.api.fraud.CourierEvent;
import org.disputes.api.fraud.CourierFlagged;
import org.disputes.api.fraud.FlagCourier;
import org.disputes.api.fraud.FraudReferralOpened;
import org.disputes.api.fraud.OpenFraudReferral;
import org.disputes.command.cases.CaseCalendar;


import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A courier's record: the flags their cases raised, and the fraud referral their pattern opened. One referral per
 * pattern, not one per case: while one is open, another pattern case adds nothing.
 */
@Aggregate
public class CourierRecord {

    @AggregateIdentifier
    private String courierId;
    private final Set<String> flags = new HashSet<>();
    private boolean referralOpen;

    protected CourierRecord() {
        // for Axon: a record is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FlagCourier command, CaseCalendar calendar) {
        if (!flags.contains(command.caseId() + "/" + command.signal())) {
            apply(new CourierFlagged(command.courierId(), command.caseId(), command.signal(),
                    calendar.now()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenFraudReferral command, CaseCalendar calendar) {
        if (!referralOpen) {
            apply(new FraudReferralOpened(command.courierId(), UUID.randomUUID().toString(),
                    command.caseIds(), calendar.now()));
        }
    }

    @EventSourcingHandler
    void on(CourierFlagged event) {
        courierId = event.courierId();
        flags.add(event.caseId() + "/" + event.signal());
    }

    @EventSourcingHandler
    void on(FraudReferralOpened event) {
        courierId = event.courierId();
        referralOpen = true;
    }

    /** Records an event of the courier's record: only a member of the sealed {@link CourierEvent} family. */
    private static void apply(CourierEvent event) {
        AggregateLifecycle.apply(event);
    }
}
