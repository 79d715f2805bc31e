package org.disputes.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.time.Duration;

/**
 * The event store both services read: Axon's JDBC storage engine on {@code bytea} columns in the command
 * service's schema, which its Flyway migrations own. Declared by hand because Axon's JDBC auto-configuration
 * does not see Spring Boot 4's DataSource.
 */
public final class EventStoreTables {

    public static final String SCHEMA = "command";
    public static final String EVENTS = SCHEMA + ".domain_event_entry";
    public static final String SNAPSHOTS = SCHEMA + ".snapshot_event_entry";

    private EventStoreTables() {
    }

    public static JdbcEventStorageEngine storageEngine(Serializer snapshotSerializer, Serializer eventSerializer,
                                                       ConnectionProvider connections,
                                                       TransactionManager transactions) {
        return storageEngine(snapshotSerializer, eventSerializer, connections, transactions, DEFAULT_FETCH_BATCH);
    }

    /**
     * Events the embedded store keeps for the processors that read near its head, which then share one reader.
     * Axon's default of 10,000 is nearly a minute of a busy desk's events: each stayed on the heap, with its payload
     * deserialized, through several young collections, each copying all of them, and then filled the old generation.
     * 1,000 is a few seconds of events, more than a processor that keeps up lags by; one further behind reads the
     * store on its own until it has caught up. 250 promoted far less, but in one run of two the views' projection fell
     * a second behind and stayed there (README, tuning log). What went on promoting events whatever the size was the
     * links between the events the cache had dropped ({@link UnlinkingEventStore}).
     */
    public static final int CACHED_EVENTS = 1_000;

    /**
     * The event store over {@code storageEngine}, polling every {@code fetchDelay} once it has caught up, its dropped
     * events unlinked ({@link UnlinkingEventStore}).
     */
    public static EmbeddedEventStore embeddedStore(EventStorageEngine storageEngine, Duration fetchDelay) {
        return new UnlinkingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(fetchDelay.toMillis())
                .cachedEvents(CACHED_EVENTS));
    }

    /** Axon's own default: how many events one query fetches when a processor reads the store. */
    public static final int DEFAULT_FETCH_BATCH = 100;

    /**
     * The storage engine, fetching {@code fetchBatch} events a query when read as a stream: a reader that replays the
     * whole store wants more than Axon's default of 100 a round trip.
     */
    public static JdbcEventStorageEngine storageEngine(Serializer snapshotSerializer, Serializer eventSerializer,
                                                       ConnectionProvider connections,
                                                       TransactionManager transactions, int fetchBatch) {
        return storageEngine(snapshotSerializer, eventSerializer, connections, transactions, fetchBatch, EVENTS);
    }

    /** The storage engine on another table of the same shape: a test's own, say. */
    static JdbcEventStorageEngine storageEngine(Serializer snapshotSerializer, Serializer eventSerializer,
                                                ConnectionProvider connections, TransactionManager transactions,
                                                int fetchBatch, String eventTable) {
        return EventStorage.build(JdbcEventStorageEngine.builder()
                .batchSize(fetchBatch)
                .snapshotSerializer(snapshotSerializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .dataType(byte[].class)
                // PostgreSQL's unique_violation: a case id reused, or two writers at one sequence of a case
                .persistenceExceptionResolver(new SQLStateResolver("23505"))
                .schema(EventSchema.builder()
                        .eventTable(eventTable)
                        .snapshotTable(SNAPSHOTS)
                        .globalIndexColumn("global_index")
                        .eventIdentifierColumn("event_identifier")
                        .aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number")
                        .typeColumn("type")
                        .timestampColumn("timestamp")
                        .payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision")
                        .payloadColumn("payload")
                        .metaDataColumn("meta_data")
                        .build()));
    }

    /** A token store in the given schema, whose {@code token_entry} table that schema's owner migrates. */
    public static JdbcTokenStore tokenStore(String schema, Serializer serializer, ConnectionProvider connections) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .contentType(byte[].class)
                .schema(TokenSchema.builder()
                        .setTokenTable(schema + ".token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }
}
