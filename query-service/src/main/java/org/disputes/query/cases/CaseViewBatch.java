package org.disputes.query.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case views one batch of events changes: read once for the whole batch, folded in memory event by event, and
 * written once when the batch commits. A view changed by several events of the batch is written once, at its last.
 */
final class CaseViewBatch {

    private final CaseViewRepository repository;
    /** Every view this batch has read or folded; a case known to have no view maps to null. */
    private final Map<UUID, CaseView> views = new HashMap<>();
    private final Map<UUID, CaseView> changed = new LinkedHashMap<>();
    private final List<CaseViewRepository.TimelineRow> timeline = new ArrayList<>();

    CaseViewBatch(CaseViewRepository repository, Collection<UUID> casesInBatch) {
        this.repository = repository;
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

    /** The same for a rebuild, whose timeline started empty: its rows are loaded, not checked one by one. */
    void writeOntoEmptyTimeline() {
        if (!changed.isEmpty()) {
            repository.saveAll(changed.values());
            repository.loadTimeline(timeline);
        }
    }

    private void load(Collection<UUID> caseIds) {
        List<UUID> missing = caseIds.stream().filter(id -> !views.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<UUID, CaseView> found = repository.findAll(missing);
        for (UUID caseId : missing) {
            views.put(caseId, found.get(caseId));
        }
    }
}
