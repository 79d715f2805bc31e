package org.disputes.command.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.disputes.platform.axon.EventStoreTables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command side's event store and token store, on the tables its Flyway migrations own. */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          ConnectionProvider connections, TransactionManager transactions) {
        return EventStoreTables.storageEngine(serializer, events, connections, transactions);
    }

    @Bean
    TokenStore tokenStore(Serializer serializer, ConnectionProvider connections) {
        return EventStoreTables.tokenStore(EventStoreTables.SCHEMA, serializer, connections);
    }
}
