package org.disputes.platform.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRefusedAnalyzerTest {

    private final DatabaseRefusedAnalyzer analyzer = new DatabaseRefusedAnalyzer();

    @Test
    void aRefusedLoginNamesTheSettingsToChange() {
        SQLException refused = new SQLException("FATAL: password authentication failed for user \"disputes\"",
                "28P01");
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("pool failed to start",
                new RuntimeException(refused)));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("The database refused the connection: FATAL: password authentication failed for user "
                        + "\"disputes\"");
        assertThat(analysis.getAction()).contains("DISPUTES_DB_URL", "DISPUTES_DB_USER", "DISPUTES_DB_PASSWORD");
    }

    @Test
    void aMissingDatabaseToo() {
        assertThat(analyzer.analyze(new SQLException("FATAL: database \"nope\" does not exist", "3D000")))
                .isNotNull();
    }

    @Test
    void otherDatabaseErrorsAreLeftToSpring() {
        assertThat(analyzer.analyze(new SQLException("relation \"x\" does not exist", "42P01"))).isNull();
        assertThat(analyzer.analyze(new SQLException("no state"))).isNull();
    }
}
