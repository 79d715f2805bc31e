package org.disputes.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Carries the trace of an HTTP request through Axon's messages: the current span's context travels in a message's
 * metadata ({@code traceparent}, W3C), and each command or event handled opens a span that continues it. So the
 * command a request sends, the events it causes, the saga step they trigger, the saga's own commands and the query
 * side's projections all belong to the request's trace, and their log lines carry its trace id.
 */
public final class MessageTracing {

    private static final Logger log = LoggerFactory.getLogger(MessageTracing.class);

    private final Tracer tracer;
    private final Propagator propagator;

    public MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current span's context, as metadata entries; none outside a span. */
    Map<String, String> currentContext() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return Map.of();
        }
        Map<String, String> carrier = new HashMap<>(2);
        propagator.inject(context, carrier, Map::put);
        return carrier;
    }

    /** Commands sent from a traced request (or a traced handler) carry its context. */
    public <T extends Message<?>> MessageDispatchInterceptor<T> dispatchInterceptor() {
        return messages -> (index, message) -> {
            Map<String, String> context = currentContext();
            @SuppressWarnings("unchecked")
            T traced = context.isEmpty() ? message : (T) message.andMetaData(context);
            return traced;
        };
    }

    /** Messages created while handling one (events applied, the saga's commands, deadlines) carry the handler's context. */
    public CorrelationDataProvider correlation() {
        return message -> {
            Map<String, String> context = currentContext();
            if (!context.isEmpty()) {
                return context;
            }
            Map<String, Object> inherited = new HashMap<>(2);
            for (String field : propagator.fields()) {
                Object value = message.getMetaData().get(field);
                if (value != null) {
                    inherited.put(field, value);
                }
            }
            return inherited;
        };
    }

    /**
     * Handles each message in a span continuing the trace its metadata names, called {@code kind} and the
     * message's type, e.g. {@code case-views CaseDecided}.
     */
    public <T extends Message<?>> MessageHandlerInterceptor<T> handlerInterceptor(String kind) {
        return (unitOfWork, chain) -> {
            Message<?> message = unitOfWork.getMessage();
            MetaData metaData = message.getMetaData();
            String type = message instanceof DeadlineMessage<?> deadline
                    ? deadline.getDeadlineName() : message.getPayloadType().getSimpleName();
            Span span = propagator.extract(metaData, MessageTracing::field)
                    .name(kind + " " + type)
                    .kind(message instanceof EventMessage<?> ? Span.Kind.CONSUMER : Span.Kind.SERVER)
                    .start();
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                if (log.isDebugEnabled()) {
                    log.debug("{} handles {}{}", kind, type,
                            message instanceof DomainEventMessage<?> event
                                    ? " of " + event.getAggregateIdentifier() : "");
                }
                return chain.proceed();
            } catch (Exception | Error e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
        };
    }

    /** Fits {@link #handlerInterceptor} to Axon's per-processor interceptor registration. */
    public BiFunction<org.axonframework.config.Configuration, String,
            MessageHandlerInterceptor<? super EventMessage<?>>> processorInterceptor() {
        return (config, processor) -> handlerInterceptor(processor);
    }

    private static String field(MetaData metaData, String key) {
        return metaData.get(key) instanceof String value ? value : null;
    }
}
