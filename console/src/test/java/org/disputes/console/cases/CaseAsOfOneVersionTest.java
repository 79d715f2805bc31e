package org.disputes.console.cases;

import org.disputes.console.api.QueryApi;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The case page never shows a status from one moment beside a timeline from a later one. */
class CaseAsOfOneVersionTest {

    private static final String CASE = "0b6f7d4e-3c1a-4b8e-9d55-0f0e7c7f1a11";
    private static final Map<String, Object> OPEN = Map.of("caseId", CASE, "version", 3, "status", "OPEN");
    private static final Map<String, Object> DECIDED = Map.of("caseId", CASE, "version", 4, "status", "REFUNDED");
    private static final List<Map<String, Object>> THREE = entries(3);
    private static final List<Map<String, Object>> FOUR = entries(4);

    private final QueryApi queries = mock(QueryApi.class);

    @Test
    void aCaseThatDidNotChangeIsReadOnceMore() {
        when(queries.timeline(CASE)).thenReturn(THREE);
        when(queries.caseView(CASE, null)).thenReturn(OPEN);

        CaseAsOfOneVersion page = CaseAsOfOneVersion.read(queries, OPEN);
        assertThat(page.view()).isEqualTo(OPEN);
        assertThat(page.timeline()).isEqualTo(THREE);
        verify(queries, times(1)).timeline(CASE);
    }

    @Test
    void aCaseDecidedBetweenTheReadsIsShownDecidedWithItsDecision() {
        // the decision is projected after the view was read, before its timeline was
        when(queries.timeline(CASE)).thenReturn(FOUR);
        when(queries.caseView(CASE, null)).thenReturn(DECIDED);

        CaseAsOfOneVersion page = CaseAsOfOneVersion.read(queries, OPEN);
        assertThat(page.view()).isEqualTo(DECIDED);
        assertThat(page.timeline()).isEqualTo(FOUR);
        verify(queries, times(2)).timeline(CASE);
    }

    @Test
    void aCaseThatKeepsChangingIsShownAsTheLastReadsLeftIt() {
        Map<String, Object> fifth = Map.of("caseId", CASE, "version", 5, "status", "CLOSED");
        when(queries.timeline(CASE)).thenReturn(FOUR, entries(5), entries(6));
        when(queries.caseView(CASE, null)).thenReturn(DECIDED, fifth);

        CaseAsOfOneVersion page = CaseAsOfOneVersion.read(queries, OPEN);
        assertThat(page.view()).isEqualTo(fifth);
        assertThat(page.timeline()).hasSize(6);
        verify(queries, times(CaseAsOfOneVersion.TRIES)).timeline(CASE);
    }

    private static List<Map<String, Object>> entries(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> Map.<String, Object>of("summary", "step " + i)).toList();
    }
}
