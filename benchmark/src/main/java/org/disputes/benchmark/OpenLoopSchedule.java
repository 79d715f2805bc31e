package org.disputes.benchmark;

/**
 * The open loop's clock: send slots at a fixed rate from a start, whatever the answers do, and a command's latency
 * counted from when it was meant to go, so that a sender held up by slow answers cannot hide the queueing
 * (coordinated omission). Times are {@link System#nanoTime()} values.
 */
final class OpenLoopSchedule {

    private final long start;
    private final double nanosPerSlot;

    OpenLoopSchedule(long start, double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("a rate above 0 a second, got " + perSecond);
        }
        this.start = start;
        this.nanosPerSlot = 1e9 / perSecond;
    }

    /** When slot {@code slot} (from 0) is due; computed from the start, so rounding does not drift. */
    long slotAt(long slot) {
        return start + Math.round(slot * nanosPerSlot);
    }

    /**
     * When a command was meant to go: at its slot, or, for a case's next step that became ready (its previous step
     * answered) only after the slot was due because the sender was behind, at that moment.
     */
    static long intendedAt(long slotAt, long readyAt) {
        return Math.max(slotAt, readyAt);
    }

    /** The command's latency: from when it was meant to go, not from when the sender got round to it. */
    static long latency(long intendedAt, long answeredAt) {
        return answeredAt - intendedAt;
    }
}
