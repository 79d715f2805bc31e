package org.disputes.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.disputes.platform.deadletter.DeadLetters;
import org.disputes.platform.deadletter.ParkedGroup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every {@link Projection} bean, fed alike by the live event processor and by a rebuild. Live, it gathers the events
 * of one processor batch (a unit of work) and hands them to each projection when the batch prepares to commit, so
 * each reads and writes once per batch; reset, it empties every projection's tables.
 * <p>
 * A batch that fails as it commits cannot say which event failed: its events are marked, and when the processor
 * hands them again (the batch rolled back) each is applied alone, so the one that fails throws from its own handling
 * and is parked with its case's later events (docs/DEAD-LETTERS.md) while the others commit.
 */
@Component
@ProcessingGroup(Projections.PROCESSING_GROUP)
public class Projections {

    /** The one event processor that keeps every projection. */
    public static final String PROCESSING_GROUP = "case-views";
    private static final String BATCH = Projections.class.getName() + ".batch";

    private final List<Projection> projections;
    private final JdbcClient jdbc;
    private final ObjectProvider<DeadLetters> deadLetters;
    /** Ids of the events of batches that failed at commit: the next time they come, each is applied alone. */
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    Projections(List<Projection> projections, JdbcClient jdbc, ObjectProvider<DeadLetters> deadLetters) {
        this.projections = List.copyOf(projections);
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    /** Every table the projections fill. */
    public List<String> tables() {
        return projections.stream().flatMap(projection -> projection.tables().stream()).toList();
    }

    /** Of those, the tables a rebuild only loads ({@link Projection#loadedTables()}). */
    public List<String> loadedTables() {
        return projections.stream().flatMap(projection -> projection.loadedTables().stream()).toList();
    }

    /** The processor's way in: one event of the current batch, handed on with the rest when the batch commits. */
    @EventHandler
    public void on(Object event, EventMessage<?> message) {
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        if (suspects.contains(message.getIdentifier())) {
            applyAlone(message, unit);
            // forgotten once its batch commits: should a later event fail, the batch comes again, this one alone
            unit.afterCommit(u -> suspects.remove(message.getIdentifier()));
            return;
        }
        unit.getOrComputeResource(BATCH, key -> batchOf(unit)).add(message);
    }

    private List<EventMessage<?>> batchOf(UnitOfWork<?> unit) {
        List<EventMessage<?>> batch = new ArrayList<>();
        List<Runnable> afterCommit = new ArrayList<>();
        unit.onPrepareCommit(u -> {
            try {
                afterCommit.addAll(apply(batch, Projection.Mode.LIVE));
            } catch (RuntimeException failure) {
                batch.forEach(event -> suspects.add(event.getIdentifier()));
                throw failure;
            }
        });
        unit.afterCommit(u -> afterCommit.forEach(Runnable::run));
        return batch;
    }

    /** One event of a batch that failed, alone: failing, it throws from its own handling, where it is parked. */
    private void applyAlone(EventMessage<?> message, UnitOfWork<?> unit) {
        List<Runnable> afterCommit = apply(List.of(message), Projection.Mode.LIVE);
        unit.afterCommit(u -> afterCommit.forEach(Runnable::run));
    }

    /** Hands {@code events} to every projection, in the caller's transaction; what each wants done after commit. */
    public List<Runnable> apply(List<? extends EventMessage<?>> events, Projection.Mode mode) {
        List<Runnable> afterCommit = new ArrayList<>(projections.size());
        for (Projection projection : projections) {
            afterCommit.add(projection.apply(events, mode));
        }
        return afterCommit;
    }

    /** A rebuild has handed every event over: each projection writes what it held back, in the caller's transaction. */
    public void rebuilt() {
        projections.forEach(Projection::rebuilt);
    }

    /**
     * Empties every projection's tables, in one statement: the processor's reset, and the start of a rebuild. The
     * views' dead letters go too: the replay hands every event to the projections again, parked ones included.
     */
    @ResetHandler
    public void reset() {
        jdbc.sql("truncate " + String.join(", ", tables())).update();
        deadLetters.ifAvailable(letters -> letters.group(PROCESSING_GROUP).ifPresent(ParkedGroup::clear));
    }
}
