package org.disputes.command.privacy;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputes.api.privacy.CustomerErased;
import org.disputes.api.privacy.EraseCustomer;
import org.disputes.command.webhooks.ErasureNotices;
import org.disputes.platform.privacy.PersonalKeys;

import java.time.Clock;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer's privacy record: their erasures. Erasing destroys the customer's key and records the erasure in one
 * unit of work, so there is never an erasure on record with the data still readable, nor the reverse. Erasing a
 * customer whose key is already gone changes nothing.
 */
@Aggregate
public class DataSubject {

    @AggregateIdentifier
    private String customerId;

    protected DataSubject() {
        // for Axon
    }

    /** Whether this request erased anything; false when the customer's data was already erased. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(EraseCustomer command, PersonalKeys keys, ErasureNotices notices, Clock clock) {
        boolean destroyed = keys.destroy(command.customerId());
        if (!destroyed) {
            if (customerId == null) {
                throw new NothingToErase();
            }
            return false;
        }
        CustomerErased erased = new CustomerErased(command.customerId(), command.reference(), command.basis(),
                command.erasedBy(), command.caseIds(), command.eventsConcerned(), clock.instant());
        apply(erased);
        notices.erased(UUID.randomUUID().toString(), erased, command.evidenceLocations());
        return true;
    }

    @EventSourcingHandler
    void on(CustomerErased erased) {
        customerId = erased.customerId();
    }

    /** No personal data is held for the customer, and they were never erased: there is nothing to record. */
    public static final class NothingToErase extends RuntimeException {
        NothingToErase() {
            super("no personal data is held for this customer", null, false, false);
        }
    }
}
