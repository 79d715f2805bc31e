package org.disputes.query.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A rebuild's most recently folded case views, held back from the table: a case whose events run on into the next
 * pages is then read and written once, not once a page. Writing a view is most of what a rebuild costs the
 * database (a few kilobytes of JSON parsed, compressed and logged). The view used longest ago is let go, to be
 * written, once more than {@link #capacity} are held; those still held are written when the rebuild ends.
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
    private final Map<UUID, CaseView> views;

    HeldViews() {
        this(CAPACITY);
    }

    HeldViews(int capacity) {
        this.capacity = capacity;
        this.views = new LinkedHashMap<>(16, 0.75f, true);
    }

    boolean holds(UUID caseId) {
        return views.containsKey(caseId);
    }

    CaseView get(UUID caseId) {
        return views.get(caseId);
    }

    /** Holds the views a page changed, in place of what was held for their cases; the views let go, to write now. */
    List<CaseView> keep(Collection<CaseView> changed) {
        for (CaseView view : changed) {
            views.put(UUID.fromString(view.caseId()), view);
        }
        List<CaseView> letGo = new ArrayList<>();
        Iterator<CaseView> eldest = views.values().iterator();
        while (views.size() > capacity) {
            letGo.add(eldest.next());
            eldest.remove();
        }
        return letGo;
    }

    /** Every view still held, to write now; nothing is held after. */
    List<CaseView> releaseAll() {
        List<CaseView> all = List.copyOf(views.values());
        views.clear();
        return all;
    }
}
