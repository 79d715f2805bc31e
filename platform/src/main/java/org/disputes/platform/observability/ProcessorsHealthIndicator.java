package org.disputes.platform.observability;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The {@code processors} health of a service (part of its readiness): DOWN when an event processor, or one of the
 * segments this instance holds, is in error (its views or its sagas stop following the event store), OUT_OF_SERVICE while one is not running or while a
 * {@link ProcessorHold} such as a rebuild holds them back.
 */
public final class ProcessorsHealthIndicator implements HealthIndicator {

    private final Supplier<Map<String, EventProcessor>> processors;
    private final List<ProcessorHold> holds;

    public ProcessorsHealthIndicator(Supplier<Map<String, EventProcessor>> processors, List<ProcessorHold> holds) {
        this.processors = processors;
        this.holds = holds;
    }

    @Override
    public Health health() {
        Map<String, String> states = new TreeMap<>();
        Status status = Status.UP;
        for (ProcessorHold hold : holds) {
            Optional<String> reason = hold.reason();
            if (reason.isPresent()) {
                states.put("held", reason.get());
                status = Status.OUT_OF_SERVICE;
            }
        }
        for (Map.Entry<String, EventProcessor> entry : processors.get().entrySet()) {
            EventProcessor processor = entry.getValue();
            if (processor.isError() || segmentInError(processor)) {
                states.put(entry.getKey(), "error");
                status = Status.DOWN;
            } else if (!processor.isRunning()) {
                states.put(entry.getKey(), "stopped");
                status = status == Status.DOWN ? status : Status.OUT_OF_SERVICE;
            } else {
                states.put(entry.getKey(), "running");
            }
        }
        return Health.status(status).withDetails(states).build();
    }

    /**
     * A streaming processor whose segment failed (its store, its token or a handler's transaction) keeps running and
     * retries with a growing back-off, the processor itself not in error: the segment's status says so.
     */
    private static boolean segmentInError(EventProcessor processor) {
        return processor instanceof StreamingEventProcessor streaming
                && streaming.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }
}
