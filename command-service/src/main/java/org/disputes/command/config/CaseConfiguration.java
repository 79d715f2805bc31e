package org.disputes.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.command.cases.CaseCalendar;
import org.disputes.command.cases.CaseParties;
import org.disputes.command.history.JdbcCaseParties;
import org.disputes.platform.axon.MessageActor;
import org.disputes.platform.security.DisputesPrincipal;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.Map;

/** The services the DisputeCase aggregate is handed, and who is recorded as having sent each command. */
@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

    @Bean
    CaseCalendar caseCalendar(Clock clock, PolicySettings policy) {
        return new CaseCalendar(clock, policy.zones(), policy.responseWindow(), policy.unauthorizedRefundAfter());
    }

    /** The parties of each case, for binding carriers and sellers to their own cases. */
    @Bean
    CaseParties caseParties(JdbcClient jdbc, EventStorageEngine events) {
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
