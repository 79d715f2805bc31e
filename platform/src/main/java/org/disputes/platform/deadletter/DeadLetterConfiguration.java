package org.disputes.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;

/**
 * Dead letters for a service that declares its {@link DeadLetterGroups}: every group's failing event is parked in
 * Axon's sequenced dead-letter queue on PostgreSQL instead of being logged and skipped (Axon's default), with the
 * operators' endpoints, the {@code disputes.dead.letters} gauge and the {@code deadLetters} health indicator.
 */
@AutoConfiguration(afterName = "org.disputes.platform.axon.AxonPlatformConfiguration")
@ConditionalOnBean(DeadLetterGroups.class)
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    @Bean
    DeadLetters deadLetterQueues(DeadLetterGroups declared, ConnectionProvider connections, TransactionManager transactions,
                            Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                            DataSource dataSource, ObjectProvider<EventProcessingConfiguration> processing) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<ParkedGroup> groups = declared.groups().stream()
                .map(group -> parkedGroup(group.name(), declared.table(), connections, transactions, serializer,
                        events, jdbc))
                .toList();
        return new DeadLetters(groups, processing);
    }

    static ParkedGroup parkedGroup(String group, String table, ConnectionProvider connections,
                                  TransactionManager transactions, Serializer serializer, Serializer events,
                                  JdbcClient jdbc) {
        return new ParkedGroup(group, table, JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema(table))
                .genericSerializer(serializer)
                .eventSerializer(events)
                // Axon's defaults (1024 sequences of 1024 letters) would refuse to park past them
                .maxSequences(Integer.MAX_VALUE)
                .maxSequenceSize(Integer.MAX_VALUE)
                .build(),
                jdbc, transactions);
    }

    /**
     * Each group's handlers throw instead of Axon's default of logging and going on, and the parking interceptor
     * catches what they throw.
     */
    @Bean
    ConfigurerModule deadLetterParking(DeadLetterGroups declared, DeadLetters deadLetters) {
        return configurer -> declared.groups().forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group.name(), config -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(group.name(), config -> new ParkingInterceptor(
                        deadLetters.group(group.name()).orElseThrow(),
                        config.eventProcessingConfiguration().sequencingPolicy(group.name()))));
    }

    /**
     * Whenever a processor of this instance claims a segment, the parked groups read their waiting sequences again
     * before their next batch ({@link ParkedGroup#batch()}).
     */
    @Bean
    static BeanPostProcessor claimsForgetParked(ObjectProvider<DeadLetters> deadLetters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof TokenStore tokens
                        ? new ClaimsForgetParked(tokens, () -> deadLetters.getObject().forgetParked())
                        : bean;
            }
        };
    }

    @Bean("deadLetters")
    DeadLetterHealth deadLettersHealth(DeadLetters deadLetters) {
        return new DeadLetterHealth(deadLetters);
    }

    /** {@code disputes.dead.letters{group, service}}: events parked, read from the table at each scrape. */
    @Bean
    MeterBinder deadLetterGauges(DeadLetters deadLetters,
                                 @Value("${spring.application.name:disputes}") String service) {
        return meters -> deadLetters.groups().forEach(group ->
                Gauge.builder("disputes.dead.letters", group, ParkedGroup::size)
                        .description("Events parked in the dead-letter queue, waiting for an operator")
                        .tag("group", group.name())
                        .tag("service", service)
                        .register(meters));
    }

    static DeadLetterSchema schema(String table) {
        return DeadLetterSchema.builder()
                .deadLetterTable(table)
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
