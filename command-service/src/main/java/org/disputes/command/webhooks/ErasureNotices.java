package org.disputes.command.webhooks;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.disputes.api.privacy.CustomerErased;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Queues {@code customer.erased} in the erasure's own transaction, to the subscriptions of no particular seller or
 * carrier (the evidence store is the operator's): it lists the evidence locations to delete, read while the
 * customer's key still opened them, which no event holds and no reader of the event store could find afterwards.
 */
@Component
public class ErasureNotices {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final DeliveryWorkers workers;
    private final JsonMapper json;

    ErasureNotices(SubscriptionRepository subscriptions, DeliveryRepository deliveries, DeliveryWorkers workers,
                   JsonMapper json) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.workers = workers;
        this.json = json;
    }

    public void erased(String eventId, CustomerErased erased, List<String> evidenceLocations) {
        List<UUID> receivers = subscriptions.receiving(WebhookEventType.CUSTOMER_ERASED, null, null);
        if (receivers.isEmpty()) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customerId", erased.customerId());
        data.put("reference", erased.reference());
        data.put("caseIds", erased.caseIds().stream().map(Object::toString).toList());
        data.put("eventsConcerned", erased.eventsConcerned());
        data.put("evidenceLocations", evidenceLocations);
        data.put("erasedAt", erased.erasedAt().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", WebhookEventType.CUSTOMER_ERASED.wireName());
        body.put("createdAt", erased.erasedAt().toString());
        body.put("customerId", erased.customerId());
        body.put("data", data);
        // deliveries are ordered per stream; a customer's erasures form one, under an id of its own
        UUID stream = UUID.nameUUIDFromBytes(("customer:" + erased.customerId()).getBytes(StandardCharsets.UTF_8));
        deliveries.queue(receivers, eventId, WebhookEventType.CUSTOMER_ERASED, stream,
                json.writeValueAsString(body), erased.erasedAt());
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unit -> workers.wake());
        } else {
            workers.wake();
        }
    }
}
