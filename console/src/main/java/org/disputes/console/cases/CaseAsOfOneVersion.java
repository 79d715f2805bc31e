package org.disputes.console.cases;

import org.disputes.console.api.QueryApi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case's view and its timeline as of one version, though the query service answers them in two reads: a case
 * decided between them would show its status still open, with the actions of an open case, under a timeline that
 * already tells the decision. The query service writes a view and its timeline rows in one transaction, so a
 * timeline read between two reads of the view at the same version is that version's. When the case changed
 * meanwhile, the page is read again; a case that keeps changing is shown as the last reads left it.
 */
record CaseAsOfOneVersion(Map<String, Object> view, List<Map<String, Object>> timeline) {

    static final int TRIES = 3;

    static CaseAsOfOneVersion read(QueryApi queries, Map<String, Object> view) {
        String caseId = String.valueOf(view.get("caseId"));
        Map<String, Object> before = view;
        List<Map<String, Object>> timeline = queries.timeline(caseId);
        for (int tried = 1; tried < TRIES; tried++) {
            Map<String, Object> after = queries.caseView(caseId, null);
            if (Objects.equals(before.get("version"), after.get("version"))) {
                return new CaseAsOfOneVersion(after, timeline);
            }
            before = after;
            timeline = queries.timeline(caseId);
        }
        return new CaseAsOfOneVersion(before, timeline);
    }
}
