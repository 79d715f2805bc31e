package org.disputes.query.rebuild;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says every few seconds how far a rebuild has come: events projected of the store's total, the rate, and the time
 * left at that rate. Told once a page (thousands of events), so it costs nothing worth measuring per event.
 */
final class RebuildProgress {

    private final long total;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Consumer<String> say;
    private final long started;
    private long lastSaid;

    /**
     * @param total    the events in the store when the rebuild began (those appended meanwhile are projected too, so
     *                 the count may pass it)
     * @param interval the least time between two lines
     * @param nanoTime the clock, {@link System#nanoTime()} but in tests
     * @param say      where the lines go
     */
    RebuildProgress(long total, Duration interval, LongSupplier nanoTime, Consumer<String> say) {
        this.total = total;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.say = say;
        this.started = nanoTime.getAsLong();
        this.lastSaid = started;
    }

    /** {@code done} events are projected so far; says so if the last line is at least an interval old. */
    void projected(long done) {
        long now = nanoTime.getAsLong();
        if (now - lastSaid < intervalNanos) {
            return;
        }
        lastSaid = now;
        double seconds = (now - started) / 1e9;
        long rate = seconds > 0 ? Math.round(done / seconds) : 0;
        long left = Math.max(0, total - done);
        String timeLeft = rate > 0 ? readable(Duration.ofSeconds((left + rate - 1) / rate)) : "unknown";
        long percent = total > 0 ? Math.min(100, done * 100 / total) : 100;
        say.accept(String.format(Locale.ROOT, "Rebuilding the views: %,d of %,d events (%d%%), %,d events/s, %s left",
                done, total, percent, rate, timeLeft));
    }

    /** 45 s, 12 min 5 s, 2 h 3 min. */
    static String readable(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        if (minutes > 0) {
            return minutes + " min " + seconds + " s";
        }
        return seconds + " s";
    }
}
