package org.disputes.query.rebuild;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildProgressTest {

    private long now = 1_000_000_000L;
    private final List<String> said = new ArrayList<>();

    private void after(Duration elapsed) {
        now += elapsed.toNanos();
    }

    @Test
    void saysEveryIntervalHowManyEventsOfTheTotalAtWhatRateAndHowLongIsLeft() {
        RebuildProgress progress = new RebuildProgress(100_000, Duration.ofSeconds(5), () -> now, said::add);

        after(Duration.ofSeconds(2));
        progress.projected(4_000);
        assertThat(said).as("not before the interval").isEmpty();

        after(Duration.ofSeconds(3));
        progress.projected(10_000);
        assertThat(said).containsExactly(
                "Rebuilding the views: 10,000 of 100,000 events (10%), 2,000 events/s, 45 s left");

        after(Duration.ofSeconds(1));
        progress.projected(12_000);
        assertThat(said).as("one line an interval").hasSize(1);

        after(Duration.ofSeconds(4));
        progress.projected(20_000);
        assertThat(said).hasSize(2).last()
                .isEqualTo("Rebuilding the views: 20,000 of 100,000 events (20%), 2,000 events/s, 40 s left");
    }

    @Test
    void longRebuildsSayMinutesAndHoursAndEventsAppendedMeanwhileLeaveNothingLeft() {
        RebuildProgress progress = new RebuildProgress(50_000_000, Duration.ofSeconds(5), () -> now, said::add);
        after(Duration.ofSeconds(10));
        progress.projected(50_000);
        assertThat(said).last().asString().endsWith("(0%), 5,000 events/s, 2 h 46 min left");

        RebuildProgress almost = new RebuildProgress(1_000, Duration.ofSeconds(5), () -> now, said::add);
        after(Duration.ofSeconds(5));
        almost.projected(1_200);
        assertThat(said).last().asString()
                .isEqualTo("Rebuilding the views: 1,200 of 1,000 events (100%), 240 events/s, 0 s left");
    }

    @Test
    void readableDurations() {
        assertThat(RebuildProgress.readable(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(RebuildProgress.readable(Duration.ofSeconds(725))).isEqualTo("12 min 5 s");
        assertThat(RebuildProgress.readable(Duration.ofMinutes(123))).isEqualTo("2 h 3 min");
    }
}
