package org.disputes.query.cases;

import com.google.common.collect.Lists;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A rebuild's most recently folded case views, held back from the table: a case whose events run on into the next
 * pages is then read and written once, not once a page. Writing a view is most of what a rebuild costs the
 * database (a few kilobytes of JSON parsed, compressed and logged). The view used longest ago is let go, to be
 * written, once more than {@link #capacity} are held; those still held are written when the rebuild ends.
 * <p>
 * A view let go is loaded in bulk when its case has none in the table yet (the rebuild emptied it), and replaces the
 * stored one otherwise: a case whose events run on after its view was let go has it read back from the table.
 * <p>
 * Nothing reads the views while they are held: the service answers no request until the rebuild is done, and a
 * rebuild cut short leaves the processor to redo it from the first event. Not thread-safe: a rebuild's pages are
 * projected one after another, on one thread.
 */
final class HeldViews {

    /**
     * Held at most: three times the cases of a page of interleaved cases. Held views outlive young collections and
     * die in the old generation: 5,000 raised a rebuild's peak heap from 790 to 900 MiB for the same rate.
     */
    static final int CAPACITY = 1_000;

    private final int capacity;
    private final Map<UUID, Held> views;
    /** The views the last page let go, perhaps not yet in the table ({@link RebuildWrites}); read as if held. */
    private Map<UUID, CaseView> beingWritten = Map.of();

    HeldViews() {
        this(CAPACITY);
    }

    HeldViews(int capacity) {
        this.capacity = capacity;
        this.views = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A held view, and whether the table has a view of its case (one let go before, read back since). */
    private record Held(CaseView view, boolean inTable) {
    }

    /**
     * Views to write: those of cases the table has no view of, which can be loaded in bulk, and the others, which
     * must replace what the table has.
     */
    record LetGo(List<CaseView> newToTable, List<CaseView> inTable) {

        /** The views new to the table loaded in bulk, the others in place of the stored ones. */
        void writeTo(CaseViewRepository repository) {
            if (!newToTable.isEmpty()) {
                repository.loadViews(newToTable);
            }
            // a few hundred a statement, as a page's are
            Lists.partition(inTable, 500).forEach(repository::saveAll);
        }
    }

    boolean holds(UUID caseId) {
        return views.containsKey(caseId) || beingWritten.containsKey(caseId);
    }

    CaseView get(UUID caseId) {
        Held held = views.get(caseId);
        return held != null ? held.view() : beingWritten.get(caseId);
    }

    /**
     * Holds the views a page changed, in place of what was held for their cases; the views let go, to write before
     * the next page's are. {@code readFromTable}: the cases whose views the page read from the table. Those the page
     * before let go are read from the table from now on.
     */
    LetGo keep(Collection<CaseView> changed, Set<UUID> readFromTable) {
        for (CaseView view : changed) {
            UUID caseId = UUID.fromString(view.caseId());
            Held before = views.get(caseId);
            boolean inTable = readFromTable.contains(caseId) || beingWritten.containsKey(caseId)
                    || before != null && before.inTable();
            views.put(caseId, new Held(view, inTable));
        }
        List<Held> letGo = new ArrayList<>();
        Iterator<Held> eldest = views.values().iterator();
        while (views.size() > capacity) {
            letGo.add(eldest.next());
            eldest.remove();
        }
        beingWritten = new HashMap<>();
        letGo.forEach(held -> beingWritten.put(UUID.fromString(held.view().caseId()), held.view()));
        return split(letGo);
    }

    /** Every view still held, to write once every page's are written; nothing is held after. */
    LetGo releaseAll() {
        LetGo all = split(views.values());
        views.clear();
        beingWritten = Map.of();
        return all;
    }

    private static LetGo split(Collection<Held> held) {
        List<CaseView> newToTable = new ArrayList<>();
        List<CaseView> inTable = new ArrayList<>();
        for (Held view : held) {
            (view.inTable() ? inTable : newToTable).add(view.view());
        }
        return new LetGo(newToTable, inTable);
    }
}
