package org.disputes.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

import java.util.List;
import java.util.function.Function;

/**
 * Axon's monitors for the command bus and the event processors, the same meters under the same names, with the
 * timers and counters found once for each tag set ({@link MessageMeters}), the latency gauge registered once for each
 * ({@link ProcessorLatencyMonitor}), and the capacity gauge kept in buckets ({@link BucketedCapacityMonitor}) instead
 * of Axon's list of every message's time.
 */
final class AxonMetricRegistry extends GlobalMetricRegistry {

    AxonMetricRegistry(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name,
                                                                       Function<Message<?>, Iterable<Tag>> tags) {
        return new MultiMessageMonitor<>(List.of(
                new MessageMeters(name, getRegistry(), tags),
                new BucketedCapacityMonitor(name, getRegistry(), tags)));
    }

    @Override
    public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name,
                                                                         Function<Message<?>, Iterable<Tag>> tags,
                                                                         Function<Message<?>, Iterable<Tag>> latencyTags) {
        return new MultiMessageMonitor<>(List.of(
                new MessageMeters(name, getRegistry(), tags),
                new ProcessorLatencyMonitor(name, getRegistry(), latencyTags),
                new BucketedCapacityMonitor(name, getRegistry(), tags)));
    }
}
