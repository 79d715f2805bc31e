package org.disputes.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What an operator watches: Axon's metrics in the service's Micrometer registry (Prometheus on the management
 * port), the processors' lag, the {@code processors} health of readiness, and traces that follow a request through
 * Axon's messages. Declared here rather than left to Axon's auto-configuration, which orders itself after Spring
 * Boot 3's class names and would otherwise build a registry of its own that nothing exports.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"},
        beforeName = {"org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
public class ObservabilityAutoConfiguration {

    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry registry) {
        return new AxonMetricRegistry(registry);
    }

    /**
     * Axon's message monitors, tagged by message type: commands handled and failed with their latency
     * ({@code commandBus.*}), each event processor's latency, capacity and counts ({@code eventProcessor.*}).
     */
    @Bean
    MetricsConfigurerModule axonMetrics(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true);
    }

    @Bean
    MeterFilter axonTimersWithoutPercentiles() {
        return new AxonTimersWithoutPercentiles();
    }

    @Bean
    ProcessorsHealthIndicator processorsHealthIndicator(ObjectProvider<EventProcessingConfiguration> processing,
                                                        ObjectProvider<ProcessorHold> holds) {
        return new ProcessorsHealthIndicator(() -> processing.getObject().eventProcessors(),
                holds.orderedStream().toList());
    }

    /** The lag gauges, once the processors exist (Axon builds them while the context starts). */
    @Bean
    ApplicationListener<ApplicationStartedEvent> processorLagMetrics(MeterRegistry registry,
                                                                     ObjectProvider<EventProcessingConfiguration> processing,
                                                                     ObjectProvider<EventStore> store) {
        return started -> ProcessorLagMetrics.register(registry, processing.getObject(), store::getObject);
    }

    /** The actuator on a port of its own: the service's port keeps answering {@code /actuator/health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
    static class HealthOnServicePort {

        @Bean
        FilterRegistrationBean<ServiceHealthFilter> serviceHealthFilter(HealthEndpoint health) {
            FilterRegistrationBean<ServiceHealthFilter> registration =
                    new FilterRegistrationBean<>(new ServiceHealthFilter(health));
            registration.addUrlPatterns(ServiceHealthFilter.PATH);
            // after the trace headers, before sign-in: the health check is open to anyone
            registration.setOrder(Tracing.AFTER_OBSERVATION + 1);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({Tracer.class, Propagator.class})
    static class Tracing {

        /** Right after Spring's HTTP observation filter ({@code HIGHEST_PRECEDENCE + 1}), which opens the span. */
        static final int AFTER_OBSERVATION = Ordered.HIGHEST_PRECEDENCE + 2;

        @Bean
        MessageTracing messageTracing(Tracer tracer, Propagator propagator) {
            return new MessageTracing(tracer, propagator);
        }

        @Bean
        FilterRegistrationBean<TraceHeadersFilter> traceHeadersFilter(Tracer tracer) {
            FilterRegistrationBean<TraceHeadersFilter> registration =
                    new FilterRegistrationBean<>(new TraceHeadersFilter(tracer));
            registration.setOrder(AFTER_OBSERVATION);
            return registration;
        }

        @Bean
        CorrelationDataProvider traceCorrelation(MessageTracing tracing) {
            return tracing.correlation();
        }

        /** A span for each event handled by any processor: projections and saga steps alike. */
        @Bean
        ConfigurerModule tracedEventProcessors(MessageTracing tracing) {
            return configurer -> configurer.eventProcessing()
                    .registerDefaultHandlerInterceptor(tracing.processorInterceptor());
        }

        @Bean
        InitializingBean tracedCommands(CommandBus commandBus, MessageTracing tracing) {
            return () -> {
                commandBus.registerDispatchInterceptor(tracing.dispatchInterceptor());
                commandBus.registerHandlerInterceptor(tracing.handlerInterceptor("command"));
            };
        }

        /** A deadline that fires (days later, on any instance) continues the trace of the saga step that set it. */
        @Bean
        SmartInitializingSingleton tracedDeadlines(ObjectProvider<DeadlineManager> deadlines, MessageTracing tracing) {
            return () -> deadlines.ifAvailable(manager ->
                    manager.registerHandlerInterceptor(tracing.handlerInterceptor("deadline")));
        }
    }
}
