package org.disputes.query.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The case views one batch of events changes: read once for the whole batch, folded in memory event by event, and
 * written once when the batch commits. A view changed by several events of the batch is written once, at its last.
 */
final class CaseViewBatch {

    private final CaseViewRepository repository;
    /** A rebuild's views held back from the table ({@link HeldViews}); null live, where every view is written. */
    private final HeldViews held;
    /** Every view this batch has read or folded; a case known to have no view maps to null. */
    private final Map<UUID, CaseView> views = new HashMap<>();
    private final Map<UUID, CaseView> changed = new LinkedHashMap<>();
    private final List<CaseViewRepository.TimelineRow> timeline = new ArrayList<>();
    /** The cases whose views this batch read from the table. */
    private final Set<UUID> readFromTable = new HashSet<>();

    CaseViewBatch(CaseViewRepository repository, Collection<UUID> casesInBatch) {
        this(repository, casesInBatch, null);
    }

    /** A rebuild's page: views are taken from {@code held} before the table, and given back to it to write. */
    CaseViewBatch(CaseViewRepository repository, Collection<UUID> casesInBatch, HeldViews held) {
        this.repository = repository;
        this.held = held;
        load(casesInBatch);
    }

    /** The case's view as this batch has it so far, or null when the case has none. */
    CaseView view(UUID caseId) {
        if (!views.containsKey(caseId)) {
            load(List.of(caseId));
        }
        return views.get(caseId);
    }

    void changed(CaseView view, CaseViewRepository.TimelineRow step) {
        UUID caseId = UUID.fromString(view.caseId());
        views.put(caseId, view);
        changed.put(caseId, view);
        timeline.add(step);
    }

    /** The cases whose views this batch changed. */
    Collection<UUID> changedCases() {
        return changed.keySet();
    }

    /** Writes every changed view and every new timeline row, in the batch's transaction. */
    void write() {
        if (!changed.isEmpty()) {
            repository.saveAll(changed.values());
            repository.appendTimeline(timeline);
        }
    }

    /**
     * The same for a rebuild, whose timeline started empty: the changed views are held, and what is to be written,
     * to run later in a transaction of its own: the views let go, and the timeline rows, loaded rather than checked
     * one by one.
     */
    Runnable writesOntoEmptyTimeline() {
        HeldViews.LetGo letGo = held.keep(changed.values(), readFromTable);
        return () -> {
            letGo.writeTo(repository);
            if (!timeline.isEmpty()) {
                repository.loadTimeline(timeline);
            }
        };
    }

    private void load(Collection<UUID> caseIds) {
        Set<UUID> missing = new LinkedHashSet<>();
        for (UUID caseId : caseIds) {
            if (views.containsKey(caseId)) {
                continue;
            }
            if (held != null && held.holds(caseId)) {
                views.put(caseId, held.get(caseId));
            } else {
                missing.add(caseId);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<UUID, CaseView> found = repository.findAll(missing);
        readFromTable.addAll(found.keySet());
        for (UUID caseId : missing) {
            views.put(caseId, found.get(caseId));
        }
    }
}
