package org.disputes.command.webhooks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small pool that sends deliveries, outside any event processor's transaction: one thread claims due rows
 * (as many as workers are free) and hands each to a worker; a worker sends it, then records the attempt and the
 * delivery's next state. Idle, it looks again every {@code polling}, or at once when this instance queues
 * deliveries or finishes one. Several instances share the rows through the claim's {@code SKIP LOCKED}.
 */
final class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);
    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final SecretBox secrets;
    private final DeliverySender sender;
    private final RetrySchedule retries;
    private final WebhookProperties properties;
    private final WebhookMetrics metrics;
    private final Clock clock;
    private final Semaphore free;
    private final Object signal = new Object();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private ExecutorService pool;
    private Thread claimer;
    private volatile boolean running;

    DeliveryWorkers(DeliveryRepository deliveries, SubscriptionRepository subscriptions, SecretBox secrets,
                    DeliverySender sender, RetrySchedule retries, WebhookProperties properties,
                    WebhookMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.sender = sender;
        this.retries = retries;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.free = new Semaphore(properties.workers());
    }

    /** Something may be due: look now rather than at the next poll. */
    void wake() {
        synchronized (signal) {
            wakeUps.incrementAndGet();
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        claimer = new Thread(this::claimLoop, "webhook-claimer");
        claimer.setDaemon(true);
        claimer.start();
    }

    @Override
    public void stop() {
        running = false;
        claimer.interrupt();
        pool.shutdown();
        try {
            // a delivery cut short is sent again once its claim runs out: at least once, never lost
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            claimer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // started after the web server and the event processors, stopped before them
        return Integer.MAX_VALUE - 100;
    }

    private void claimLoop() {
        while (running) {
            int seen = wakeUps.get();
            int claimed = 0;
            try {
                claimed = claimAndDispatch();
            } catch (RuntimeException e) {
                log.warn("Could not claim webhook deliveries ({}); trying again", e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (claimed == 0) {
                awaitWakeUp(seen);
            }
        }
    }

    private int claimAndDispatch() throws InterruptedException {
        free.acquire();
        int available = 1 + free.drainPermits();
        List<DueDelivery> due;
        try {
            due = deliveries.claim(available, properties.perSubscription(), clock.instant(), properties.lease());
        } catch (RuntimeException e) {
            free.release(available);
            throw e;
        }
        free.release(available - due.size());
        for (DueDelivery delivery : due) {
            pool.execute(() -> {
                try {
                    deliver(delivery);
                } catch (RuntimeException e) {
                    // the claim runs out and the delivery is tried again
                    log.warn("Webhook delivery {} not recorded ({})", delivery.id(), e.getClass().getSimpleName());
                } finally {
                    free.release();
                    wake();
                }
            });
        }
        return due.size();
    }

    private void awaitWakeUp(int seen) {
        synchronized (signal) {
            if (wakeUps.get() == seen && running) {
                try {
                    signal.wait(properties.polling().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    private void deliver(DueDelivery delivery) {
        Optional<Subscription> found = subscriptions.find(delivery.subscriptionId());
        if (found.isEmpty()) {
            return; // deleted meanwhile: its deliveries went with it
        }
        Subscription subscription = found.get();
        Attempt attempt;
        try {
            attempt = sender.send(delivery, subscription.id(), subscription.url(), signingSecrets(subscription));
        } catch (IllegalStateException unreadableSecret) {
            attempt = new Attempt(delivery.attempt(), clock.instant(), null, 0, unreadableSecret.getMessage(), null);
        }
        Instant now = clock.instant();
        if (attempt.succeeded()) {
            deliveries.record(delivery, attempt, Delivery.Status.DELIVERED, now);
            metrics.delivered();
            return;
        }
        Optional<Instant> next = retries.next(delivery.attempt(), delivery.retryFrom(), now);
        if (next.isPresent()) {
            deliveries.record(delivery, attempt, Delivery.Status.PENDING, next.get());
            metrics.retried();
        } else {
            deliveries.record(delivery, attempt, Delivery.Status.FAILED, now);
            metrics.failed();
            log.warn("Webhook delivery {} to subscription {} FAILED after {} attempts", delivery.id(),
                    subscription.id(), delivery.attempt());
        }
    }

    /** The current secret, and during a rotation's overlap the one it replaced. */
    private List<String> signingSecrets(Subscription subscription) {
        List<String> signing = new ArrayList<>(2);
        signing.add(secrets.open(subscription.secret()));
        if (subscription.previousSecret() != null && subscription.previousSecretUntil() != null
                && clock.instant().isBefore(subscription.previousSecretUntil())) {
            signing.add(secrets.open(subscription.previousSecret()));
        }
        return signing;
    }
}
