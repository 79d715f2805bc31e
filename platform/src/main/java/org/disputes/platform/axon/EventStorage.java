package org.disputes.platform.axon;

import com.ethlo.time.ITU;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon's JDBC storage engine with costs taken out of reading events:
 * <ul>
 *     <li>no snapshot is looked for: nothing takes snapshots of cases (their histories are short), so that is a query
 *     per command saved. Whoever configures a snapshotter must drop this;</li>
 *     <li>an event's time is parsed once, by ITU ({@link StoredEventEntry}). Axon's entry parses its text with
 *     java.time's formatter each time it is asked, and a read event is asked twice (for its tracking token and for
 *     its message): 7% of a rebuilding query service's CPU samples;</li>
 *     <li>a batch is the next events after a token, however far apart their global indexes
 *     ({@link #readEventDataWithoutGaps}). Axon's is the events within the next indexes, so an empty batch proved
 *     nothing and Axon looked ahead for a gap wider than a batch: a statement more for every read that found nothing
 *     new;</li>
 *     <li>the store's head is read without a last, empty batch ({@link #readEventData(TrackingToken, boolean)}).</li>
 * </ul>
 * The tracking token of a read event is made as Axon's engine makes it, from the same settings
 * ({@link #MAX_GAP_OFFSET}, {@link #LOWEST_GLOBAL_SEQUENCE}, {@link #GAP_TIMEOUT}), which {@link #build} sets.
 */
final class EventStorage extends JdbcEventStorageEngine {

    /** Axon's defaults, set explicitly because the tokens below are made with them. */
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final Duration GAP_TIMEOUT = Duration.ofMinutes(1);

    private EventStorage(Builder builder) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout((int) GAP_TIMEOUT.toMillis())
                // a batch below is never empty while a later event is stored: no look-ahead needed
                .extendedGapCheckEnabled(false));
    }

    /** The engine {@code builder} describes, with the gap settings its tokens are made with. */
    static EventStorage build(Builder builder) {
        return new EventStorage(builder);
    }

    /** The table and columns it reads, for a reader of the same table (a test's). */
    EventSchema eventSchema() {
        return schema();
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    /**
     * The embedded store's producer, which reads the store's head for every processor that keeps up, is the one reader
     * that asks with {@code mayBlock}: its stream ends at the first batch that is not full, which has read up to the
     * head. Axon's read on until a batch came back empty, so every batch of new events was followed by an empty read
     * in a transaction of its own. Nothing is missed: the producer reads again at once after a stream that brought
     * events. Every other reader (a processor catching up on a stream of its own, a rebuild) reads on until a batch is
     * empty, as with Axon.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        return mayBlock ? StreamSupport.stream(new HeadRead(token), false) : super.readEventData(token, false);
    }

    /** The next {@code batchSize} events after {@code globalIndex}, in order. */
    @Override
    protected PreparedStatement readEventDataWithoutGaps(Connection connection, long globalIndex, int batchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(nextEvents());
        statement.setLong(1, globalIndex);
        statement.setInt(2, batchSize);
        return statement;
    }

    /**
     * The events stored since in the token's gaps, then the next {@code batchSize} after {@code globalIndex}: two
     * index lookups, where one condition joining them with {@code OR} could not bound an ordered index scan.
     */
    @Override
    protected PreparedStatement readEventDataWithGaps(Connection connection, long globalIndex, int batchSize,
                                                      List<Long> gaps) throws SQLException {
        String index = schema().globalIndexColumn();
        PreparedStatement statement = connection.prepareStatement(selectEvents() + " WHERE " + index + " IN ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ") UNION ALL (" + nextEvents()
                + ") ORDER BY " + index + " ASC");
        int parameter = 1;
        for (long gap : gaps) {
            statement.setLong(parameter++, gap);
        }
        statement.setLong(parameter++, globalIndex);
        statement.setInt(parameter, batchSize);
        return statement;
    }

    /** The next events after a global index (the first parameter), at most as many as the second. */
    private String nextEvents() {
        String index = schema().globalIndexColumn();
        return selectEvents() + " WHERE " + index + " > ? ORDER BY " + index + " ASC LIMIT ?";
    }

    private String selectEvents() {
        return "SELECT " + schema().trackedEventFields() + " FROM " + schema().domainEventTable();
    }

    /** Batches from a token until one is not full. */
    private final class HeadRead extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private TrackingToken last;
        private Iterator<? extends TrackedEventData<?>> batch = Collections.emptyIterator();
        private boolean full = true;

        private HeadRead(TrackingToken from) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.last = from;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (!batch.hasNext()) {
                if (!full) {
                    return false;
                }
                List<? extends TrackedEventData<?>> fetched = fetchTrackedEvents(last, batchSize());
                full = fetched.size() >= batchSize();
                batch = fetched.iterator();
                if (!batch.hasNext()) {
                    return false;
                }
            }
            TrackedEventData<?> next = batch.next();
            last = next.trackingToken();
            action.accept(next);
            return true;
        }
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return entry(resultSet, resultSet.getString(schema().aggregateIdentifierColumn()),
                resultSet.getString(schema().eventIdentifierColumn()));
    }

    /** As Axon's own, but with an entry that parses its time once. */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        // an event published outside an aggregate is stored with its own identifier as its aggregate's
        StoredEventEntry event = entry(resultSet,
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, eventIdentifier);
        // gaps before a recent event may yet be filled by transactions still running; before an old one, never
        boolean allowGaps = event.getTimestamp().isAfter(GenericEventMessage.clock.instant().minus(GAP_TIMEOUT));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            SortedSet<Long> gaps = allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                    .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet();
            token = GapAwareTrackingToken.newInstance(globalSequence, gaps);
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        return new TrackedDomainEventData<>(token, event);
    }

    private StoredEventEntry entry(ResultSet resultSet, String aggregateIdentifier, String eventIdentifier)
            throws SQLException {
        EventSchema schema = schema();
        return new StoredEventEntry(resultSet.getString(schema.typeColumn()), aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier,
                resultSet.getString(schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
    }

    /**
     * A stored event whose time is parsed at most once, by ITU where it can (every time Axon writes); any other text
     * Axon's own parser reads, so nothing readable before becomes unreadable.
     */
    static final class StoredEventEntry extends GenericDomainEventEntry<Object> {

        private final String time;
        private Instant timestamp;

        StoredEventEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                         String time, String payloadType, String payloadRevision, Object payload,
                         Object metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, time, payloadType,
                    payloadRevision, payload, metaData);
            this.time = time;
        }

        @Override
        public Instant getTimestamp() {
            if (timestamp == null) {
                try {
                    timestamp = ITU.parseDateTime(time).toInstant();
                } catch (DateTimeException notRfc3339) {
                    timestamp = super.getTimestamp();
                }
            }
            return timestamp;
        }
    }
}
