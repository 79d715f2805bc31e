package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildRateTest {

    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");

    @Test
    void readsTheEventsDoneFromAProgressLine() {
        String line = "2026-11-30T06:00:31.250Z  INFO 4711 --- [query-service] [           main] "
                + "o.disputes.query.rebuild.ViewReplay      : Rebuilding the views: 1,234,567 of 5,000,000 events "
                + "(24%), 41,152 events/s, 1 min 31 s left";
        assertThat(RebuildRate.point(line)).contains(
                new RebuildRate.Point(Instant.parse("2026-11-30T06:00:31.250Z"), 1_234_567));
    }

    @Test
    void otherLinesAreNoProgress() {
        assertThat(RebuildRate.point("2026-11-30T06:00:31.250Z  INFO 1 --- x : Rebuilt every view from 5 events"))
                .isEmpty();
        assertThat(RebuildRate.point("Rebuilding the views: 10 of 20 events (50%)")).isEmpty(); // no timestamp
    }

    @Test
    void theSteadyRateLeavesOutTheFirstThirtySeconds() {
        // slow while the JIT compiles, then 50,000 events a second
        List<RebuildRate.Point> points = List.of(at(10, 100_000), at(20, 250_000), at(30, 600_000),
                at(40, 1_100_000), at(60, 2_100_000));
        RebuildRate.Steady steady = RebuildRate.steady(points, START, 2_100_000).orElseThrow();
        assertThat(steady.events()).isEqualTo(1_500_000);
        assertThat(steady.over()).isEqualTo(Duration.ofSeconds(30));
        assertThat(steady.after()).isEqualTo(Duration.ofSeconds(30));
        assertThat(steady.eventsPerSecond()).isEqualTo(50_000);
    }

    @Test
    void andAtLeastTheFirstTenthOfTheEvents() {
        List<RebuildRate.Point> points = List.of(at(31, 50_000), at(40, 90_000), at(50, 190_000), at(60, 290_000));
        RebuildRate.Steady steady = RebuildRate.steady(points, START, 1_000_000).orElseThrow();
        assertThat(steady.after()).isEqualTo(Duration.ofSeconds(50));
        assertThat(steady.eventsPerSecond()).isEqualTo(10_000);
    }

    @Test
    void aRebuildTooShortToPassTheWarmUpHasNoSteadyRate() {
        assertThat(RebuildRate.steady(List.of(at(5, 200_000), at(10, 400_000)), START, 400_000)).isEmpty();
        assertThat(RebuildRate.steady(List.of(at(5, 200_000), at(35, 400_000)), START, 400_000)).isEmpty();
        assertThat(RebuildRate.steady(List.of(), START, 0)).isEmpty();
    }

    private static RebuildRate.Point at(int seconds, long events) {
        return new RebuildRate.Point(START.plusSeconds(seconds), events);
    }
}
