package org.disputes.platform.observability;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Axon's {@code eventProcessor.latency} gauge (its {@code EventProcessorLatencyMonitor}: the same name, tags and
 * value, the milliseconds between an event's timestamp and its processor taking it up), registered once for each
 * tag set. Axon's monitor registered the gauge again for every event, a registry lookup each time, and Micrometer
 * warned of it once a processor in every service's log.
 */
final class ProcessorLatencyMonitor implements MessageMonitor<EventMessage<?>> {

    private final String name;
    private final MeterRegistry registry;
    private final Function<Message<?>, Iterable<Tag>> tags;
    private final Clock clock;
    private final Map<Tags, AtomicLong> byTags = new ConcurrentHashMap<>();

    ProcessorLatencyMonitor(String meterNamePrefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags) {
        this.name = meterNamePrefix + ".latency";
        this.registry = registry;
        this.tags = tags;
        this.clock = registry.config().clock();
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        if (message != null) {
            byTags.computeIfAbsent(Tags.of(tags.apply(message)), this::register)
                    .set(clock.wallTime() - message.getTimestamp().toEpochMilli());
        }
        return NoOpMessageMonitorCallback.INSTANCE;
    }

    private AtomicLong register(Tags tagSet) {
        AtomicLong latency = new AtomicLong();
        Gauge.builder(name, latency, AtomicLong::get).tags(tagSet).register(registry);
        return latency;
    }
}
