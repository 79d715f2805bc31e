package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    @Test
    void theJitHasSettledOnceItsCompilersTakeUnderATenthOfTheServicesCpu() {
        assertThat(WarmUp.share(10_000, 2_500)).isEqualTo(0.25);
        assertThat(new WarmUp.Ended(Duration.ofSeconds(400), WarmUp.WINDOW, 0.099).settled()).isTrue();
        assertThat(new WarmUp.Ended(Duration.ofSeconds(400), WarmUp.WINDOW, 0.10).settled()).isFalse();
        // a window in which the services did nothing says nothing about their JIT
        assertThat(WarmUp.share(0, 0)).isEqualTo(1.0);
    }

    @Test
    void theSummarySaysHowLongItTookAndWhetherTheJitsWorkIsInTheFigures() {
        assertThat(new WarmUp.Ended(Duration.ofSeconds(412), Duration.ofSeconds(30), 0.072).summary())
                .isEqualTo("warm-up: 412 s; the JIT's compilers took 7% of the services' CPU over its last 30 s");
        assertThat(new WarmUp.Ended(Duration.ofSeconds(900), Duration.ofSeconds(30), 0.21).summary())
                .endsWith("took 21% of the services' CPU over its last 30 s (not under 10% at the limit: the JIT's "
                        + "work is in the figures)");
    }

    @Test
    void aWarmUpWhoseLimitIsItsLeastEndsThereWhateverTheJitDoes() throws Exception {
        long[] cpu = {0};
        WarmUp.Gauges busyCompiling = new WarmUp.Gauges() {
            @Override
            public long cpuMillis() {
                return cpu[0] += 100;
            }

            @Override
            public long compilingMillis() {
                return cpu[0] / 2;
            }
        };

        WarmUp.Ended ended = WarmUp.await(Duration.ofMillis(200), Duration.ofMillis(200), busyCompiling);

        assertThat(ended.settled()).isFalse();
        assertThat(ended.took()).isBetween(Duration.ofMillis(200), Duration.ofSeconds(5));
    }
}
