package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PgbenchCeilingTest {

    @Test
    void readsTheRateWithoutConnectionTime() {
        String output = """
                transaction type: /tmp/event-append.sql
                number of clients: 16
                latency average = 0.912 ms
                initial connection time = 21.204 ms
                tps = 17543.218906 (without initial connection time)
                """;
        assertThat(PgbenchCeiling.tps(output)).isEqualTo(17543.218906);
    }

    @Test
    void aRunThatPrintedNoRateIsAnError() {
        assertThatThrownBy(() -> PgbenchCeiling.tps("pgbench: error: connection refused"))
                .hasMessageContaining("no rate");
    }
}
