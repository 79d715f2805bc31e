package org.disputes.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.disputes.platform.json.FastConstructors;
import org.disputes.platform.json.FastInstants;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Axon's infrastructure on Spring Boot 4, declared by hand where Axon's auto-configuration orders itself after
 * Spring Boot 3's class names and so never sees the DataSource or the transaction manager.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
        "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
public class AxonPlatformConfiguration {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /**
     * Stored events are read by later versions of this code: fields added or dropped must not break them. Axon's
     * own tracking tokens are polymorphic; Jackson 3 refuses them unless their types are allowed by name (Axon
     * 4.13.0 does not allow them itself: AxonFramework issue 4160).
     */
    @Bean
    Jackson3SerializerCustomizer lenientStoredMessages() {
        return mapper -> mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .build())
                // evidence attributes keep their exact decimals, so a retried submission compares equal
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(FastInstants.module())
                .addModule(FastMetaData.module())
                .addModule(FastConstructors.module());
    }

    /** Who did it and in which role travels from a command to every event it causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MessageActor.ACTOR, MessageActor.ROLE);
    }

    /** Keeps Axon's correlation and trace ids, which a bean of our own would otherwise replace. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    Clock clock() {
        // milliseconds: what the event store keeps, and what the API shows
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
    }
}
