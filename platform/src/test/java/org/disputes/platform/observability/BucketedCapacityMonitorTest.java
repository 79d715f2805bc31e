package org.disputes.platform.observability;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BucketedCapacityMonitorTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final BucketedCapacityMonitor monitor = new BucketedCapacityMonitor("eventProcessor", registry,
            message -> Tags.of("payloadType", message.getPayloadType().getSimpleName()));

    @Test
    void theGaugeIsTheShareOfTheLastMinuteSpentHandling() {
        handle("claim", Duration.ofMillis(300));
        handle("claim", Duration.ofMillis(900));
        handle(42, Duration.ofSeconds(3));

        assertThat(capacity("String")).isCloseTo(1.2 / 60, within(1e-9));
        assertThat(capacity("Integer")).isCloseTo(3.0 / 60, within(1e-9));
    }

    @Test
    void handlingsInFlightTogetherAddUp() {
        MonitorCallback first = monitor.onMessageIngested(GenericEventMessage.asEventMessage("a"));
        MonitorCallback second = monitor.onMessageIngested(GenericEventMessage.asEventMessage("b"));
        clock.add(Duration.ofSeconds(30));
        first.reportSuccess();
        second.reportFailure(new IllegalStateException("refused"));

        assertThat(capacity("String")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void handlingsOlderThanAMinuteNoLongerCount() {
        handle("claim", Duration.ofSeconds(6));
        clock.add(Duration.ofSeconds(30));
        handle("claim", Duration.ofSeconds(3));
        assertThat(capacity("String")).isCloseTo(9.0 / 60, within(1e-9));

        clock.add(Duration.ofSeconds(25));
        assertThat(capacity("String")).as("the first handling ended 58 s ago")
                .isCloseTo(9.0 / 60, within(1e-9));

        clock.add(Duration.ofSeconds(10));
        assertThat(capacity("String")).as("the first ended 65 s ago, the second 35 s ago")
                .isCloseTo(3.0 / 60, within(1e-9));

        clock.add(Duration.ofMinutes(10));
        handle("claim", Duration.ofMillis(600));
        assertThat(capacity("String")).as("a bucket reused ten minutes on holds only its new second")
                .isCloseTo(0.6 / 60, within(1e-9));
    }

    @Test
    void ignoredMessagesCountAsBusyTooAsInAxonsMonitor() {
        MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage("a"));
        clock.add(6, TimeUnit.SECONDS);
        callback.reportIgnored();

        assertThat(capacity("String")).isCloseTo(0.1, within(1e-9));
    }

    private void handle(Object payload, Duration busy) {
        Message<?> message = GenericEventMessage.asEventMessage(payload);
        MonitorCallback callback = monitor.onMessageIngested(message);
        clock.add(busy);
        callback.reportSuccess();
    }

    private double capacity(String payloadType) {
        return registry.get("eventProcessor.capacity").tag("payloadType", payloadType).gauge().value();
    }
}
