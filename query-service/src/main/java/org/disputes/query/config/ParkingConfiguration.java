package org.disputes.query.config;

import org.disputes.platform.deadletter.DeadLetterGroups;
import org.disputes.platform.deadletter.DeadLetterGroups.Group;
import org.disputes.query.projection.Projections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The views park a failing event, and every later event of its case (or scam contact), in the dead-letter queue while
 * every other case's views go on (docs/DEAD-LETTERS.md). The projections write a batch at its commit; which event of a
 * failed batch failed is found by handling them alone ({@link Projections}).
 */
@Configuration(proxyBeanMethods = false)
class ParkingConfiguration {

    @Bean
    DeadLetterGroups deadLetterGroups() {
        return new DeadLetterGroups("query.dead_letter_entry", List.of(new Group(Projections.PROCESSING_GROUP)));
    }
}
