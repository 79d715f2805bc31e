package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepLatencyTest {

    @Test
    void eachStepIsSummedApartUnderItsName() {
        StepLatency latency = new StepLatency();
        for (int i = 0; i < 100; i++) {
            latency.recordNanos(0, 2_000_000);
            latency.recordNanos(1, i < 98 ? 3_000_000 : 90_000_000);
        }

        assertThat(latency.summary())
                .isEqualTo("claim p50 2.0 / p99 2.0 ms; code confirmation p50 3.0 / p99 90.0 ms");
    }

    @Test
    void nothingRecordedSaysNothing() {
        assertThat(new StepLatency().summary()).isEmpty();
    }
}
