package org.disputes.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.disputes.command.cases.CaseCache;
import org.disputes.command.cases.CaseCalendar;
import org.disputes.command.cases.CaseLocks;
import org.disputes.command.cases.CheckedCaseRepository;
import org.disputes.command.cases.DisputeCase;
import org.disputes.command.history.JdbcCaseParties;
import org.disputes.platform.axon.MessageActor;
import org.disputes.platform.privacy.PrivacyProperties;
import org.disputes.platform.security.DisputesPrincipal;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.Map;

/** The DisputeCase aggregate, the services it is handed, and who is recorded as having sent each command. */
@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

    /**
     * Cases a moment old kept in memory ({@code disputes.command.case-cache-size} of them, 0 for none), each for at
     * most as long as a customer's key ({@code disputes.privacy.key-cache}).
     */
    @Bean
    CaseCache caseCache(@Value("${disputes.command.case-cache-size:10000}") long size, PrivacyProperties privacy,
                        MeterRegistry metrics) {
        CaseCache cache = new CaseCache(size, privacy.keyCache());
        CaffeineCacheMetrics.monitor(metrics, cache.caffeine(), "cases");
        return cache;
    }

    @Bean
    CaseLocks caseLocks(JdbcTemplate jdbc) {
        return new CaseLocks(jdbc);
    }

    /**
     * The case aggregate, taken under its lock across instances, loaded through the cache and checked against the
     * store before each use ({@link CheckedCaseRepository}); with a cache of size 0 every command reads its case
     * from the store.
     */
    @Bean
    ConfigurerModule disputeCaseAggregate(CaseCache cache, CaseLocks locks, MeterRegistry metrics) {
        AggregateConfigurer<DisputeCase> aggregate = AggregateConfigurer.defaultConfiguration(DisputeCase.class);
        aggregate.configureRepository(config -> new CheckedCaseRepository(
                EventSourcingRepository.builder(DisputeCase.class)
                        .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(DisputeCase.class,
                                config.parameterResolverFactory(), config.handlerDefinition(DisputeCase.class)))
                        .repositoryProvider(config::repository)
                        .spanFactory(config.getComponent(RepositorySpanFactory.class)),
                cache, locks, config.eventStore(), metrics));
        return configurer -> configurer.configureAggregate(aggregate);
    }

    @Bean
    CaseCalendar caseCalendar(Clock clock, PolicySettings policy) {
        return new CaseCalendar(clock, policy.zones(), policy.responseWindow(), policy.unauthorizedRefundAfter());
    }

    /** The parties of each case, for binding carriers and sellers to their own cases. */
    @Bean
    JdbcCaseParties caseParties(JdbcClient jdbc, EventStorageEngine events) {
        return new JdbcCaseParties(jdbc, events);
    }

    /**
     * Commands sent on behalf of a signed-in user carry that user and role; the events they cause inherit both. A
     * client's {@code X-Correlation-Id} becomes the root of the message chain (Axon's trace id), so every event
     * down the line, the saga's included, can be traced back to the request.
     */
    @Bean
    InitializingBean recordActorOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(messages -> (index, command) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof DisputesPrincipal user
                    && !command.getMetaData().containsKey(MessageActor.ACTOR)) {
                command = command.andMetaData(Map.of(MessageActor.ACTOR, user.name(),
                        MessageActor.ROLE, user.role().name()));
            }
            String correlationId = requestCorrelationId();
            return correlationId == null ? command : command.andMetaData(Map.of(TRACE_ID, correlationId));
        });
    }

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String TRACE_ID = "traceId";
    private static final java.util.regex.Pattern CORRELATION_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private static String requestCorrelationId() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes request) {
            String header = request.getRequest().getHeader(CORRELATION_HEADER);
            return header != null && CORRELATION_ID.matcher(header).matches() ? header : null;
        }
        return null;
    }
}
