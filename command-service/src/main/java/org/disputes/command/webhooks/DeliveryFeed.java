package org.disputes.command.webhooks;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.disputes.command.cases.CaseParties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the event store into deliveries: for every event a receiver may be told of, one row per subscription that
 * asked for it, written in the transaction that moves this processor's token on. A crash before the commit reads
 * the events again; after it, the rows are there: nothing is lost or queued twice. Nothing is sent from here, so a
 * slow receiver never holds up the processor, nor the commands that append the events.
 */
@Component
@ProcessingGroup(DeliveryFeed.PROCESSING_GROUP)
class DeliveryFeed {

    static final String PROCESSING_GROUP = "webhooks";
    private static final String WANTED = DeliveryFeed.class.getName() + "/wanted";
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final CaseParties parties;
    private final JsonMapper json;
    private final Clock clock;
    private final DeliveryWorkers workers;

    DeliveryFeed(SubscriptionRepository subscriptions, DeliveryRepository deliveries, CaseParties parties,
                 JsonMapper json, Clock clock, DeliveryWorkers workers) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.parties = parties;
        this.json = json;
        this.clock = clock;
        this.workers = workers;
    }

    /**
     * The event types some subscription wants, asked once a batch: most events concern no receiver, and asking for
     * each event's receivers (and its case's parties) cost two queries an event.
     */
    private Set<WebhookEventType> wanted() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(WANTED, key -> subscriptions.typesWanted())
                : subscriptions.typesWanted();
    }

    /**
     * An event whose kind no subscription wants is passed over by its class, before its payload is read: most
     * events concern no receiver, and reading one (its personal data opened) is most of this processor's work.
     */
    @EventHandler
    void on(EventMessage<?> message) {
        Set<WebhookEventType> types = CaseNotices.typesOf(message.getPayloadType());
        if (types.isEmpty()) {
            return;
        }
        Set<WebhookEventType> wanted = wanted();
        if (Collections.disjoint(types, wanted)) {
            return;
        }
        CaseNotices.of(message.getPayload()).filter(notice -> wanted.contains(notice.type())).ifPresent(notice -> {
            CaseParties.Parties party = parties.of(notice.caseId()).orElse(new CaseParties.Parties(null, null));
            List<UUID> receivers = subscriptions.receiving(notice.type(), party.sellerId(), party.carrierId());
            if (receivers.isEmpty()) {
                return;
            }
            long version = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() + 1 : 0;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", message.getIdentifier());
            body.put("type", notice.type().wireName());
            body.put("createdAt", message.getTimestamp().toString());
            body.put("caseId", notice.caseId().toString());
            body.put("caseVersion", version);
            body.put("data", notice.data());
            deliveries.queue(receivers, message.getIdentifier(), notice.type(), notice.caseId().value(),
                    json.writeValueAsString(body), clock.instant());
            // the rows are visible once the processor's transaction commits: wake the workers then
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unit -> workers.wake());
            } else {
                workers.wake();
            }
        });
    }
}
