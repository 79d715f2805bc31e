package org.disputes.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the rebuilt views are right: one a case, a timeline row a case event, the templates' views as they were
 * projected live, and a sample of clones' views and timelines as their templates' apart from the ids.
 */
final class RebuildCheck {

    private static final int SAMPLED_CLONES = 20;

    /** {@code passed} and the line saying what was compared, or what differed. */
    record Result(boolean passed, String line) {
    }

    private final Connection sql;
    private final List<String> problems = new ArrayList<>();

    RebuildCheck(Connection sql) {
        this.sql = sql;
    }

    /** The views of {@code cases} as JSON text, by case id. */
    static Map<String, String> views(Connection sql, List<String> cases) throws SQLException {
        Map<String, String> views = new LinkedHashMap<>();
        try (PreparedStatement select = sql.prepareStatement(
                "select case_id::text, view::text from query.case_view where case_id::text = any(?)")) {
            select.setArray(1, sql.createArrayOf("text", cases.toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    views.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return views;
    }

    Result verify(long cases, long caseEvents, Map<String, String> liveViews) throws SQLException {
        expect("case_view rows", Sql.count(sql, "select count(*) from query.case_view"), cases);
        expect("case_timeline rows", Sql.count(sql, "select count(*) from query.case_timeline"), caseEvents);
        Map<String, String> rebuilt = views(sql, List.copyOf(liveViews.keySet()));
        liveViews.forEach((caseId, live) -> {
            if (!live.equals(rebuilt.get(caseId))) {
                problems.add("the rebuilt view of template " + caseId + " differs from the live one");
            }
        });
        try (var sample = sql.createStatement().executeQuery(
                "select template, clone from public.benchmark_clone order by random() limit " + SAMPLED_CLONES)) {
            while (sample.next()) {
                compareClone(sample.getString(1), sample.getString(2));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(false, "check FAILED: " + String.join("; ", problems));
        }
        return new Result(true, String.format("check: %,d views for %,d cases, %,d timeline rows; %d templates equal "
                + "their live views; %d sampled clones equal their templates apart from ids", cases, cases, caseEvents,
                liveViews.size(), SAMPLED_CLONES));
    }

    private void compareClone(String template, String clone) throws SQLException {
        try (PreparedStatement compare = sql.prepareStatement("""
                select (select replace(view::text, ?, ?) from query.case_view where case_id = cast(? as uuid))
                     = (select view::text from query.case_view where case_id = cast(? as uuid)),
                       (select string_agg(concat_ws('|', sequence, at, actor, role, type, summary), '/' order by sequence)
                        from query.case_timeline where case_id = cast(? as uuid))
                     = (select string_agg(concat_ws('|', sequence, at, actor, role, type, summary), '/' order by sequence)
                        from query.case_timeline where case_id = cast(? as uuid))""")) {
            compare.setString(1, template);
            compare.setString(2, clone);
            compare.setString(3, template);
            compare.setString(4, clone);
            compare.setString(5, template);
            compare.setString(6, clone);
            try (var result = compare.executeQuery()) {
                result.next();
                if (!result.getBoolean(1) || !result.getBoolean(2)) {
                    problems.add("clone " + clone + " differs from its template " + template);
                }
            }
        }
    }

    private void expect(String what, long actual, long expected) {
        if (actual != expected) {
            problems.add(what + ": " + actual + ", expected " + expected);
        }
    }
}
