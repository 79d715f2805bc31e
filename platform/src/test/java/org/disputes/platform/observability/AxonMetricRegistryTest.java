package org.disputes.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AxonMetricRegistryTest {

    @Test
    void theSameMetersAsAxonsOwnRegistry() {
        SimpleMeterRegistry axons = new SimpleMeterRegistry();
        SimpleMeterRegistry ours = new SimpleMeterRegistry();

        handleOneOfEach(new GlobalMetricRegistry(axons));
        handleOneOfEach(new AxonMetricRegistry(ours));

        assertThat(ids(ours)).isEqualTo(ids(axons))
                .contains("commandBus.capacity GAUGE [tag(payloadType=String)]",
                        "eventProcessor.capacity GAUGE [tag(payloadType=Integer), tag(processorName=case-views)]");
    }

    @SuppressWarnings("unchecked")
    private static void handleOneOfEach(GlobalMetricRegistry registry) {
        var bus = (MessageMonitor<Message<?>>)
                registry.registerComponentWithDefaultTags(CommandBus.class, "commandBus");
        var processor = (MessageMonitor<Message<?>>)
                registry.registerComponentWithDefaultTags(EventProcessor.class, "case-views");
        bus.onMessageIngested(GenericCommandMessage.asCommandMessage("claim")).reportSuccess();
        processor.onMessageIngested(GenericEventMessage.asEventMessage(42)).reportSuccess();
    }

    private static Set<String> ids(MeterRegistry registry) {
        return registry.getMeters().stream().map(Meter::getId)
                .map(id -> id.getName() + " " + id.getType() + " " + id.getTags())
                .collect(Collectors.toSet());
    }
}
