package org.disputes.query.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.disputes.platform.axon.EventStoreTables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query side reads the command side's event store through an embedded event store over the same storage
 * engine, polling at the configured fetch delay (Axon's default polls once a second). Its own progress is kept in
 * its own schema.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    static final String QUERY_SCHEMA = "query";

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          QueryProperties properties) {
        return EventStoreTables.storageEngine(serializer, events, connections, transactions,
                properties.fetchBatch());
    }

    @Bean(destroyMethod = "shutDown")
    EventStore eventStore(EventStorageEngine storageEngine, QueryProperties properties) {
        return EventStoreTables.embeddedStore(storageEngine, properties.fetchDelay());
    }

    @Bean
    TokenStore tokenStore(Serializer serializer, ConnectionProvider connections) {
        return EventStoreTables.tokenStore(QUERY_SCHEMA, serializer, connections);
    }
}
