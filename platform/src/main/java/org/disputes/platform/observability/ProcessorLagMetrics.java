package org.disputes.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * {@code disputes.processor.lag.events} (tag {@code processor}): how many events of the store each streaming
 * processor of this instance still has to handle, the head of the store's global index minus the lowest position
 * of the segments this instance holds. Read when sampled (one query for the head), nothing per event.
 * The same lag in time is Axon's {@code eventProcessor.latency}.
 */
public final class ProcessorLagMetrics {

    private ProcessorLagMetrics() {
    }

    public static void register(MeterRegistry registry, EventProcessingConfiguration processing,
                                Supplier<StreamableMessageSource<?>> store) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("disputes.processor.lag.events", () -> lag(streaming, store.get()))
                        .tag("processor", name)
                        .description("events of the store this instance's segments of the processor have not handled")
                        .baseUnit("events")
                        .register(registry);
            }
        });
    }

    static double lag(StreamingEventProcessor processor, StreamableMessageSource<?> store) {
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            OptionalLong position = status.getCurrentPosition();
            if (position.isEmpty()) {
                return Double.NaN; // a segment not yet started or being replayed: no meaningful figure
            }
            lowest = Math.min(lowest, position.getAsLong());
        }
        if (lowest == Long.MAX_VALUE) {
            return Double.NaN; // no segment held here: another instance reports it
        }
        TrackingToken head = store.createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.of(-1) : head.position();
        return headPosition.isPresent() ? Math.max(0, headPosition.getAsLong() - lowest) : Double.NaN;
    }
}
