package org.disputes.platform.deadletter;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One processing group's dead letters: Axon's sequenced dead-letter queue on PostgreSQL, one sequence per case (or
 * whatever the group's sequencing policy names), read for the operators straight from its table.
 */
public final class ParkedGroup {

    private static final Logger log = LoggerFactory.getLogger(ParkedGroup.class);

    private final String name;
    private final String table;
    private final JdbcSequencedDeadLetterQueue<EventMessage<?>> queue;
    private final JdbcClient jdbc;
    private final TransactionManager transactions;
    /** Moves on whenever what this instance read of the waiting sequences may have gone stale. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Remembered remembered;

    /** The waiting sequences as read while {@link #generation} stood at {@code generation}. */
    private record Remembered(long generation, Set<String> sequences) {
    }

    ParkedGroup(String name, String table, JdbcSequencedDeadLetterQueue<EventMessage<?>> queue, JdbcClient jdbc,
                TransactionManager transactions) {
        this.name = name;
        this.table = table;
        this.queue = queue;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public String name() {
        return name;
    }

    /**
     * What a batch of this instance takes to be waiting. The table is read again only when it may have changed under
     * this instance (every batch read it before, and found it empty all but always):
     * <ul>
     * <li>A sequence is parked only by a batch of its segment, whose transaction stores the segment's token under the
     * claim it holds; another instance claims the segment only after that commits. So what was read since this
     * instance last claimed a segment ({@link #forget}, from the token store) and last parked misses nothing that its
     * own segments' events must wait behind.</li>
     * <li>A sequence retried or evicted (on any instance) may still be named: a batch confirms a named sequence
     * against the table before it parks anything behind it.</li>
     * </ul>
     */
    Batch batch() {
        Remembered known = remembered;
        long now = generation.get();
        if (known == null || known.generation() != now) {
            // read after the generation: a claim or park that moves it meanwhile leaves this copy unused
            known = new Remembered(now, Set.copyOf(jdbc.sql("select distinct sequence_identifier from " + table
                            + " where processing_group = ?")
                    .param(name).query(String.class).list()));
            remembered = known;
        }
        return new Batch(new HashSet<>(known.sequences()));
    }

    /** What was read of the waiting sequences is read again before the next batch uses it. */
    void forget() {
        generation.incrementAndGet();
    }

    /** The sequences one batch knows to be waiting: a remembered one is confirmed once before it is believed. */
    final class Batch {

        private final Set<String> unconfirmed;
        private final Set<String> waiting = new HashSet<>();

        private Batch(Set<String> unconfirmed) {
            this.unconfirmed = unconfirmed;
        }

        /** Whether the sequence has events waiting, so that the next must wait behind them. */
        boolean waits(String sequence) {
            if (waiting.contains(sequence)) {
                return true;
            }
            if (!unconfirmed.remove(sequence)) {
                return false;
            }
            if (contains(sequence)) {
                waiting.add(sequence);
                return true;
            }
            forget(); // retried or evicted since it was read
            return false;
        }

        /** The batch parked the sequence's first event: the rest of it waits behind. */
        void parked(String sequence) {
            waiting.add(sequence);
        }
    }

    /** Parks the event that failed, unless it is parked already. */
    void park(String sequence, EventMessage<?> event, Throwable failure) {
        if (!holds(event)) {
            queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event, ParkReason.of(failure)));
        }
    }

    /** Parks an event behind its sequence's earlier ones, so it is handled after them, not before. */
    void parkBehind(String sequence, EventMessage<?> event) {
        if (!holds(event)) {
            queue.enqueue(sequence, new GenericDeadLetter<>(sequence, event));
        }
    }

    /**
     * Whether the event is parked already. A saga's processor hands an event to several of its segments (which one
     * holds a case's saga is not the case's), and each may park it: an event is parked once
     * ({@code dead_letter_entry_event}, unique, settles two segments at the same instant).
     */
    private boolean holds(EventMessage<?> event) {
        return jdbc.sql("select exists (select 1 from " + table
                        + " where processing_group = ? and event_identifier = ?)")
                .param(name).param(event.getIdentifier()).query(Boolean.class).single();
    }

    /** How many events wait, all sequences together. */
    public long size() {
        return queue.size();
    }

    /** Every waiting sequence, oldest first, described by its first letter (the one that failed). */
    public List<ParkedSequence> sequences() {
        return jdbc.sql("""
                        select first.sequence_identifier, first.payload_type, first.event_identifier,
                               first.enqueued_at, first.cause_message, counts.letters
                        from (select distinct on (sequence_identifier) *
                              from %1$s where processing_group = :group
                              order by sequence_identifier, sequence_index) first
                        join (select sequence_identifier, count(*) letters
                              from %1$s where processing_group = :group
                              group by sequence_identifier) counts using (sequence_identifier)
                        order by first.enqueued_at, first.sequence_identifier
                        """.formatted(table))
                .param("group", name)
                .query((row, n) -> new ParkedSequence(name, row.getString("sequence_identifier"),
                        simpleName(row.getString("payload_type")), row.getString("event_identifier"),
                        Instant.parse(row.getString("enqueued_at")), row.getLong("letters"),
                        row.getString("cause_message")))
                .list();
    }

    public boolean contains(String sequence) {
        return queue.contains(sequence);
    }

    public long sequenceSize(String sequence) {
        return queue.sequenceSize(sequence);
    }

    /**
     * Hands the sequence's letters, in order, to the group's handlers again, each in a transaction of its own;
     * stops at the first that fails again, which stays first with its new cause.
     *
     * @return the letters still waiting in the sequence afterwards
     */
    long retry(String sequence, EventHandlerInvoker handlers) {
        try {
            queue.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                            && stored.getSequenceIdentifier().equals(sequence),
                    letter -> handleAgain(handlers, letter));
            return queue.sequenceSize(sequence);
        } finally {
            forget();
        }
    }

    private EnqueueDecision<EventMessage<?>> handleAgain(EventHandlerInvoker handlers,
                                                         DeadLetter<? extends EventMessage<?>> letter) {
        UnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(letter.message());
        unit.attachTransaction(transactions);
        ResultMessage<?> result;
        try {
            result = unit.executeWithResult(() -> {
                handlers.handle(letter.message(), Segment.ROOT_SEGMENT);
                return null;
            });
        } catch (RuntimeException failure) {
            return failedAgain(letter, failure);
        }
        return result.isExceptional() ? failedAgain(letter, result.exceptionResult()) : Decisions.evict();
    }

    private EnqueueDecision<EventMessage<?>> failedAgain(DeadLetter<? extends EventMessage<?>> letter,
                                                        Throwable failure) {
        log.warn("Retried event {} of {} failed again: {}", letter.message().getIdentifier(), name,
                failure.getClass().getName());
        return Decisions.requeue(ParkReason.of(failure));
    }

    /** Drops every letter of the sequence: its events are not handled, now or later. */
    int evict(String sequence) {
        try {
            return jdbc.sql("delete from " + table + " where processing_group = ? and sequence_identifier = ?")
                    .param(name).param(sequence).update();
        } finally {
            forget();
        }
    }

    /** Drops every letter of the group, as a rebuild that handles every event again does. */
    public void clear() {
        try {
            queue.clear();
        } finally {
            forget();
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }
}
