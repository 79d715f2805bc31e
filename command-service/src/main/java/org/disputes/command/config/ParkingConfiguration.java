package org.disputes.command.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.disputes.platform.deadletter.DeadLetterGroups;
import org.disputes.platform.deadletter.DeadLetterGroups.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Where the command side's failing events go (docs/DEAD-LETTERS.md). The adjudication saga and the webhooks' feed
 * park a failing event, and every later event of its case, in the dead-letter queue while other cases go on. A saga
 * step that fails is undone whole (its state, its deadlines, the commands it sent) before its event is parked.
 * <p>
 * The case history is not parked: it is a subscribing processor, written in the transaction of the command whose
 * events it records, and the policy decides on what it holds. Axon offers dead letters to streaming processors only,
 * and a history that skipped (or parked) an event would let the policy decide on a case without it. So a failing
 * history handler fails its command instead: nothing is stored, the sender gets an error, nothing drifts.
 */
@Configuration(proxyBeanMethods = false)
class ParkingConfiguration {

    static final String SAGA_GROUP = "AdjudicationSagaProcessor";
    static final String CASE_HISTORY_GROUP = "case-history";
    static final String WEBHOOKS_GROUP = "webhooks";

    @Bean
    DeadLetterGroups deadLetterGroups() {
        return new DeadLetterGroups("command.dead_letter_entry",
                List.of(new Group(SAGA_GROUP), new Group(WEBHOOKS_GROUP)));
    }

    @Bean
    ConfigurerModule caseHistoryFailsItsCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(CASE_HISTORY_GROUP,
                config -> PropagatingErrorHandler.instance());
    }
}
