package org.disputes.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.command.cases.CaseCalendar;
import org.disputes.command.cases.CaseParties;
import org.disputes.command.support.JdbcCaseParties;
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

    /** Commands sent on behalf of a signed-in user carry that user and role; the events they cause inherit both. */
    @Bean
    InitializingBean recordActorOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(messages -> (index, command) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof DisputesPrincipal user
                    && !command.getMetaData().containsKey(MessageActor.ACTOR)) {
                return command.andMetaData(Map.of(MessageActor.ACTOR, user.name(),
                        MessageActor.ROLE, user.role().name()));
            }
            return command;
        });
    }
}
