package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SlowestSecondsTest {

    private static final long FROM = 5_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void theSecondsWithTheWorstLatencyComeFirstEachWithItsWorst() {
        SlowestSeconds seconds = new SlowestSeconds(FROM, Duration.ofSeconds(60));
        seconds.record(FROM + 2_500 * MS, 40 * MS);
        seconds.record(FROM + 2_900 * MS, 310 * MS);
        seconds.record(FROM + 12_000 * MS, 477 * MS);
        seconds.record(FROM + 30_000 * MS, 5 * MS);

        assertThat(seconds.summary(2)).isEqualTo("+12 s 477.0 ms, +2 s 310.0 ms");
        assertThat(seconds.summary(5)).isEqualTo("+12 s 477.0 ms, +2 s 310.0 ms, +30 s 5.0 ms");
    }

    @Test
    void commandsMeantToGoOutsideTheSpanAreNotCounted() {
        SlowestSeconds seconds = new SlowestSeconds(FROM, Duration.ofSeconds(60));
        seconds.record(FROM - MS, 900 * MS);
        seconds.record(FROM + 60_000 * MS, 900 * MS);

        assertThat(seconds.summary(3)).isEmpty();
    }

    @Test
    void theSecondsHoldingMostCommandsAtOrBeyondAThresholdComeFirstWithTheirCounts() {
        SlowestSeconds seconds = new SlowestSeconds(FROM, Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            seconds.record(FROM + 4_000 * MS + i * MS, (i < 3 ? 150 : 20) * MS);
            seconds.record(FROM + 9_000 * MS + i * MS, (i < 1 ? 100 : 99) * MS);
            seconds.record(FROM + 20_000 * MS + i * MS, 30 * MS);
        }

        assertThat(seconds.holding(100, 5)).isEqualTo("+4 s 3 of 10, +9 s 1 of 10");
    }
}
