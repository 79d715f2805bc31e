package org.disputes.platform.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.springframework.beans.factory.ObjectProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service's parked groups, for the operators' endpoints, the metric and readiness. */
public final class DeadLetters {

    private final Map<String, ParkedGroup> groups = new LinkedHashMap<>();
    private final ObjectProvider<EventProcessingConfiguration> processing;

    DeadLetters(List<ParkedGroup> groups, ObjectProvider<EventProcessingConfiguration> processing) {
        groups.forEach(group -> this.groups.put(group.name(), group));
        this.processing = processing;
    }

    public List<ParkedGroup> groups() {
        return List.copyOf(groups.values());
    }

    public Optional<ParkedGroup> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    /** Each group reads its waiting sequences again before its next batch. */
    void forgetParked() {
        groups.values().forEach(ParkedGroup::forget);
    }

    /** Each group's number of parked events. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        groups.forEach((name, group) -> counts.put(name, group.size()));
        return counts;
    }

    /**
     * Hands a sequence's letters to its group's handlers again, in order, until one fails again.
     *
     * @return the letters still waiting in the sequence
     */
    public long retry(ParkedGroup group, String sequence) {
        AbstractEventProcessor processor = processing.getObject()
                .eventProcessor(group.name(), AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No event processor " + group.name()));
        return group.retry(sequence, processor.eventHandlerInvoker());
    }

    /** @return the letters dropped */
    public int evict(ParkedGroup group, String sequence) {
        return group.evict(sequence);
    }
}
