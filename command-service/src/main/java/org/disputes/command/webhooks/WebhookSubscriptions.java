package org.disputes.command.webhooks;

import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an operator does with subscriptions: create, change, rotate the secret, delete, redeliver. */
class WebhookSubscriptions {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final SecretBox secrets;
    private final TargetGuard guard;
    private final WebhookProperties properties;
    private final DeliveryWorkers workers;
    private final Clock clock;
    /** A subscription with its counts, or deliveries with their attempts, read as of one moment. */
    private final TransactionTemplate snapshot;

    WebhookSubscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries, SecretBox secrets,
                         TargetGuard guard, WebhookProperties properties, DeliveryWorkers workers, Clock clock,
                         TransactionTemplate snapshot) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.guard = guard;
        this.properties = properties;
        this.workers = workers;
        this.clock = clock;
        this.snapshot = snapshot;
    }

    WebhookViews.Created create(WebhookRequests.Create body, String operator) {
        WebhookRequestReader.NewSubscription checked = new WebhookRequestReader(guard).create(body);
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        Subscription subscription = new Subscription(UUID.randomUUID(), checked.url(), checked.events(),
                checked.sellerId(), checked.carrierId(), checked.description(), true, secrets.seal(secret), null,
                null, operator, now, now);
        subscriptions.insert(subscription);
        return new WebhookViews.Created(subscription.id().toString(), secret, view(subscription));
    }

    List<WebhookViews.WebhookView> all() {
        return snapshot.execute(transaction -> subscriptions.all().stream().map(this::view).toList());
    }

    WebhookViews.WebhookView one(UUID id) {
        return snapshot.execute(transaction -> view(existing(id)));
    }

    @Transactional
    public WebhookViews.WebhookView update(UUID id, WebhookRequests.Update body) {
        Subscription current = subscriptions.findForUpdate(id).orElseThrow(WebhookSubscriptions::notFound);
        Subscription changed = new WebhookRequestReader(guard).update(current, body, clock.instant());
        subscriptions.update(changed);
        if (changed.active()) {
            workers.wake();
        }
        return view(changed);
    }

    void delete(UUID id) {
        if (!subscriptions.delete(id)) {
            throw notFound();
        }
    }

    /** A new secret; the one it replaces keeps signing beside it for the overlap, so receivers can switch over. */
    @Transactional
    public WebhookViews.Rotated rotate(UUID id) {
        Subscription current = subscriptions.findForUpdate(id).orElseThrow(WebhookSubscriptions::notFound);
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        Instant until = now.plus(properties.rotationOverlap());
        subscriptions.update(new Subscription(current.id(), current.url(), current.events(), current.sellerId(),
                current.carrierId(), current.description(), current.active(), secrets.seal(secret),
                current.secret(), until, current.createdBy(), current.createdAt(), now));
        return new WebhookViews.Rotated(id.toString(), secret, until);
    }

    /** A delivery's status and its attempts as of one moment: no "retrying" beside the attempt that delivered it. */
    List<WebhookViews.DeliveryView> deliveries(UUID id, Delivery.Status status, int limit) {
        return snapshot.execute(transaction -> {
            existing(id);
            List<Delivery> found = deliveries.ofSubscription(id, status, limit);
            Map<UUID, List<Attempt>> attempts = deliveries.attempts(found.stream().map(Delivery::id).toList());
            return found.stream().map(d -> view(d, attempts.getOrDefault(d.id(), List.of()))).toList();
        });
    }

    WebhookViews.DeliveryView redeliver(UUID deliveryId) {
        if (!deliveries.redeliver(deliveryId, clock.instant())) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.DELIVERY_NOT_FOUND, "No delivery has this id.");
        }
        workers.wake();
        Delivery delivery = deliveries.find(deliveryId).orElseThrow();
        return view(delivery, deliveries.attempts(List.of(deliveryId)).getOrDefault(deliveryId, List.of()));
    }

    private Subscription existing(UUID id) {
        return subscriptions.find(id).orElseThrow(WebhookSubscriptions::notFound);
    }

    private static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.WEBHOOK_NOT_FOUND, "No webhook subscription has this id.");
    }

    private WebhookViews.WebhookView view(Subscription s) {
        Map<Delivery.Status, Long> counts = deliveries.counts(s.id());
        Instant until = s.previousSecretUntil() != null && clock.instant().isBefore(s.previousSecretUntil())
                ? s.previousSecretUntil() : null;
        return new WebhookViews.WebhookView(s.id().toString(), s.url(),
                s.events().stream().map(WebhookEventType::wireName).toList(), s.sellerId(), s.carrierId(),
                s.description(), s.active(), s.createdAt(), s.createdBy(), s.updatedAt(), until,
                new WebhookViews.DeliveryCounts(counts.getOrDefault(Delivery.Status.PENDING, 0L),
                        counts.getOrDefault(Delivery.Status.DELIVERED, 0L),
                        counts.getOrDefault(Delivery.Status.FAILED, 0L)));
    }

    private static WebhookViews.DeliveryView view(Delivery d, List<Attempt> attempts) {
        return new WebhookViews.DeliveryView(d.id().toString(), d.subscriptionId().toString(), d.eventId(),
                d.type().wireName(), d.caseId().toString(), d.status().name(), d.attempts(), d.createdAt(),
                d.status() == Delivery.Status.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(),
                attempts.stream().map(a -> new WebhookViews.AttemptView(a.attempt(), a.attemptedAt(), a.statusCode(),
                        a.durationMs(), a.error(), a.answer())).toList());
    }
}
