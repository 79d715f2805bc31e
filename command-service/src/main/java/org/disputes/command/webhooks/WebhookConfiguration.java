package org.disputes.command.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.disputes.platform.axon.LingeringEventSource;
import org.disputes.platform.database.ReadSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The webhooks' parts: the event processor that queues deliveries, the workers that send them, and the secrets'
 * keeper. The processor is a tracking one of its own, so it neither slows nor is slowed by the adjudication's;
 * it starts at the head of the store, as a subscription receives what happens after it is made.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    ConfigurerModule webhookProcessor(WebhookProperties properties) {
        // a failing event is parked with its case's later ones (config.ParkingConfiguration), not skipped: Axon's
        // default would log it and lose the event's deliveries
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(DeliveryFeed.PROCESSING_GROUP,
                        config -> new LingeringEventSource(config.eventStore(), properties.linger()),
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(50)
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }

    @Bean
    SecretBox webhookSecrets(WebhookProperties properties) {
        if (properties.secretKey() == null || properties.secretKey().isBlank()) {
            log.warn("Webhook secrets are stored under the built-in demo key: set disputes.webhooks.secret-key "
                    + "(DISPUTES_WEBHOOKS_SECRET_KEY, base64 of 32 random bytes) anywhere but a demo");
        }
        return SecretBox.of(properties.secretKey());
    }

    @Bean
    TargetGuard webhookTargets(WebhookProperties properties) {
        return TargetGuard.of(properties);
    }

    @Bean
    WebhookMetrics webhookMetrics(ObjectProvider<MeterRegistry> registry, DeliveryRepository deliveries,
                                  Clock clock) {
        return new WebhookMetrics(registry.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new),
                deliveries, clock);
    }

    @Bean
    DeliveryWorkers webhookWorkers(DeliveryRepository deliveries, SubscriptionRepository subscriptions,
                                   SecretBox secrets, TargetGuard targets, WebhookProperties properties,
                                   WebhookMetrics metrics, Clock clock) {
        DeliverySender sender = new DeliverySender(targets, properties.connectTimeout(), properties.answerTimeout(),
                clock);
        RetrySchedule retries = new RetrySchedule(properties.firstRetry(), properties.maxRetryInterval(),
                properties.retryFor(), new SecureRandom());
        return new DeliveryWorkers(deliveries, subscriptions, secrets, sender, retries, properties, metrics, clock);
    }

    @Bean
    WebhookSubscriptions webhookSubscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                                              SecretBox secrets, TargetGuard targets, WebhookProperties properties,
                                              DeliveryWorkers workers, Clock clock,
                                              PlatformTransactionManager transactions) {
        return new WebhookSubscriptions(subscriptions, deliveries, secrets, targets, properties, workers, clock,
                ReadSnapshot.over(transactions));
    }
}
