package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenLoopScheduleTest {

    private static final long START = 1_000_000_000L;

    @Test
    void slotsFallAtTheRateFromTheStart() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(START, 100);
        assertThat(schedule.slotAt(0)).isEqualTo(START);
        assertThat(schedule.slotAt(1)).isEqualTo(START + 10_000_000);
        assertThat(schedule.slotAt(250)).isEqualTo(START + 2_500_000_000L);
    }

    @Test
    void aRateThatDoesNotDivideASecondDoesNotDriftOverAnHour() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(START, 3);
        assertThat(schedule.slotAt(1)).isEqualTo(START + 333_333_333);
        assertThat(schedule.slotAt(2)).isEqualTo(START + 666_666_667);
        assertThat(schedule.slotAt(3 * 3600)).isEqualTo(START + 3600 * 1_000_000_000L);
    }

    @Test
    void aCommandIsTimedFromItsSlotNotFromWhenTheSenderGotRoundToIt() {
        long slot = START;
        long sentLate = START + 40_000_000; // the sender was held up 40 ms
        long answered = sentLate + 5_000_000;
        long intended = OpenLoopSchedule.intendedAt(slot, Long.MIN_VALUE);
        assertThat(OpenLoopSchedule.latency(intended, answered)).isEqualTo(45_000_000);
    }

    @Test
    void aStepThatBecameReadyAfterItsSlotWasDueIsTimedFromWhenItWasReady() {
        long slot = START;
        long ready = START + 3_000_000; // its previous step answered 3 ms after the slot, which the sender reached late
        assertThat(OpenLoopSchedule.intendedAt(slot, ready)).isEqualTo(ready);
        assertThat(OpenLoopSchedule.intendedAt(slot, START - 1)).isEqualTo(slot);
    }

    @Test
    void aRateMustBeAboveZero() {
        assertThatThrownBy(() -> new OpenLoopSchedule(START, 0)).hasMessageContaining("rate");
    }
}
