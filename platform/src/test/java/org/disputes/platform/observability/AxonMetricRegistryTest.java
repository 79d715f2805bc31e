package org.disputes.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AxonMetricRegistryTest {

    @Test
    void theSameMetersAsAxonsOwnRegistry() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();

        handleOneOfEach(Monitors.of(new GlobalMetricRegistry(axons)));
        handleOneOfEach(Monitors.of(new AxonMetricRegistry(ours)));

        assertThat(ids(ours)).isEqualTo(ids(axons))
                .contains("commandBus.capacity GAUGE [tag(payloadType=String)]",
                        "eventProcessor.capacity GAUGE [tag(payloadType=Integer), tag(processorName=case-views)]");
    }

    @Test
    void theSameCountsAsAxonsOwnMonitorsForMessagesHandledFailedAndPassedOver() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();

        handleAMix(Monitors.of(new GlobalMetricRegistry(axons)));
        handleAMix(Monitors.of(new AxonMetricRegistry(ours)));

        Map<String, Double> counts = counts(ours);
        assertThat(counts).isEqualTo(counts(axons))
                .containsEntry("commandBus.allTimer [tag(payloadType=String)]", 3.0)
                .containsEntry("commandBus.failureCounter [tag(payloadType=String)]", 1.0)
                .containsEntry("commandBus.successTimer [tag(payloadType=Long)]", 1.0)
                .containsEntry("eventProcessor.ignoredCounter [tag(payloadType=Integer), tag(processorName=case-views)]",
                        3.0)
                .containsEntry("eventProcessor.processedCounter [tag(payloadType=Integer), tag(processorName=case-views)]",
                        1.0)
                .containsEntry("eventProcessor.ingestedCounter [tag(payloadType=String), tag(processorName=case-views)]",
                        1.0);
    }

    @Test
    void theLatencyGaugeTellsTheLatestEventsAgeAsAxonsDoes() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        Instant aMinuteAgo = Instant.now().minus(Duration.ofMinutes(1));

        for (Monitors monitors : List.of(Monitors.of(new GlobalMetricRegistry(axons)),
                Monitors.of(new AxonMetricRegistry(ours)))) {
            monitors.processor().onMessageIngested(eventAt(anHourAgo)).reportSuccess();
            monitors.processor().onMessageIngested(eventAt(aMinuteAgo)).reportSuccess();
        }

        double ourLatency = ours.get("eventProcessor.latency").tag("processorName", "case-views").gauge().value();
        assertThat(ourLatency).as("milliseconds since the latest event's timestamp")
                .isCloseTo(60_000, within(10_000.0))
                .isCloseTo(axons.get("eventProcessor.latency").tag("processorName", "case-views").gauge().value(),
                        within(10_000.0));
    }

    private static GenericEventMessage<Integer> eventAt(Instant timestamp) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), 42, Map.of(), timestamp);
    }

    private static void handleAMix(Monitors monitors) {
        MessageMonitor<Message<?>> bus = monitors.bus();
        MessageMonitor<Message<?>> processor = monitors.processor();
        bus.onMessageIngested(GenericCommandMessage.asCommandMessage("claim")).reportSuccess();
        bus.onMessageIngested(GenericCommandMessage.asCommandMessage("claim")).reportSuccess();
        bus.onMessageIngested(GenericCommandMessage.asCommandMessage("claim")).reportFailure(new IllegalStateException());
        bus.onMessageIngested(GenericCommandMessage.asCommandMessage(7L)).reportSuccess();
        processor.onMessageIngested(GenericEventMessage.asEventMessage(42)).reportSuccess();
        for (int passedOver = 0; passedOver < 3; passedOver++) {
            processor.onMessageIngested(GenericEventMessage.asEventMessage(43)).reportIgnored();
        }
        processor.onMessageIngested(GenericEventMessage.asEventMessage("late")).reportFailure(new RuntimeException());
    }

    /** Every counter's count and every timer's number of recordings, by name and tags. */
    private static Map<String, Double> counts(MeterRegistry registry) {
        Map<String, Double> counts = new TreeMap<>();
        registry.getMeters().forEach(meter -> {
            String id = meter.getId().getName() + " " + meter.getId().getTags();
            if (meter instanceof Counter counter) {
                counts.put(id, counter.count());
            } else if (meter instanceof Timer timer) {
                counts.put(id, (double) timer.count());
            }
        });
        return counts;
    }

    private static void handleOneOfEach(Monitors monitors) {
        monitors.bus().onMessageIngested(GenericCommandMessage.asCommandMessage("claim")).reportSuccess();
        monitors.processor().onMessageIngested(GenericEventMessage.asEventMessage(42)).reportSuccess();
    }

    /** A registry's monitors for a command bus and for the {@code case-views} processor. */
    private record Monitors(MessageMonitor<Message<?>> bus, MessageMonitor<Message<?>> processor) {

        @SuppressWarnings("unchecked")
        static Monitors of(GlobalMetricRegistry registry) {
            return new Monitors(
                    (MessageMonitor<Message<?>>) registry.registerComponentWithDefaultTags(CommandBus.class,
                            "commandBus"),
                    (MessageMonitor<Message<?>>) registry.registerComponentWithDefaultTags(EventProcessor.class,
                            "case-views"));
        }
    }

    private static Set<String> ids(MeterRegistry registry) {
        return registry.getMeters().stream().map(Meter::getId)
                .map(id -> id.getName() + " " + id.getType() + " " + id.getTags())
                .collect(Collectors.toSet());
    }
}
