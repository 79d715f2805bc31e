package org.disputes.query.projection;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/**
 * One way the query side keeps tables from the event store. Every bean of this type takes part, with nothing else
 * to register: the live event processor hands it each batch of events ({@link Mode#LIVE}), and a rebuild empties
 * its tables and hands it the whole store, a page at a time ({@link Mode#REBUILD}). A table filled from events
 * belongs to exactly one projection.
 */
public interface Projection {

    /** The tables it fills, schema-qualified ({@code query.case_view}): a reset or a rebuild empties them. */
    List<String> tables();

    /**
     * Those of its {@link #tables()} a rebuild only loads (PostgreSQL's COPY), never checking a row against the rows
     * already there: their primary keys are dropped with the secondary indexes while it loads, and built once it is
     * done.
     */
    default List<String> loadedTables() {
        return List.of();
    }

    /**
     * Folds {@code events}, in the order stored, into its tables in the caller's transaction, ignoring events that are
     * not its business. In a rebuild it may write them later, in transactions of its own, by the end of
     * {@link #rebuilt()}.
     *
     * @return what to do once that transaction has committed (such as waking readers waiting for what it wrote)
     */
    Runnable apply(List<? extends EventMessage<?>> events, Mode mode);

    /**
     * A rebuild has handed it every event: it finishes its writes, and writes, in the caller's transaction, whatever it
     * held back to write once rather than page by page.
     */
    default void rebuilt() {
    }

    enum Mode {
        /** From the event processor: an event may come again after a crash, and must then change nothing. */
        LIVE,
        /** From a rebuild: the tables were emptied and nothing else writes them, so rows may be loaded in bulk. */
        REBUILD
    }
}
