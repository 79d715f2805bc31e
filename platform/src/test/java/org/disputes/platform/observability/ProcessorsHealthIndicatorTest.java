package org.disputes.platform.observability;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness follows the event processors: one in error, one stopped, or a rebuild holding them, is not ready. */
class ProcessorsHealthIndicatorTest {

    private final Processor views = new Processor("case-views");
    private final Processor saga = new Processor("AdjudicationSagaProcessor");
    private final AtomicReference<String> rebuilding = new AtomicReference<>();
    private final ProcessorsHealthIndicator indicator = new ProcessorsHealthIndicator(
            () -> Map.of(views.getName(), views, saga.getName(), saga),
            List.of(() -> Optional.ofNullable(rebuilding.get())));

    @Test
    void upWhileEveryProcessorRuns() {
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("case-views", "running")
                .containsEntry("AdjudicationSagaProcessor", "running");
    }

    @Test
    void downWhileAProcessorIsInError() {
        views.error = true;
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("case-views", "error")
                .containsEntry("AdjudicationSagaProcessor", "running");
        views.error = false;
        assertThat(indicator.health().getStatus()).as("once it recovers").isEqualTo(Status.UP);
    }

    @Test
    void outOfServiceWhileAProcessorIsStoppedOrARebuildHoldsThem() {
        saga.running = false;
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        saga.running = true;
        rebuilding.set("rebuilding the views");
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("held", "rebuilding the views");
        views.error = true;
        assertThat(indicator.health().getStatus()).as("an error outweighs a hold").isEqualTo(Status.DOWN);
    }

    /** A processor whose state the test sets: the indicator reads nothing else of it. */
    private static final class Processor implements EventProcessor {
        private final String name;
        volatile boolean running = true;
        volatile boolean error;

        Processor(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public List<MessageHandlerInterceptor<? super EventMessage<?>>> getHandlerInterceptors() {
            return List.of();
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void shutDown() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public boolean isError() {
            return error;
        }

        @Override
        public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super EventMessage<?>> interceptor) {
            return () -> true;
        }
    }
}
