package org.disputes.platform.observability;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon's {@code capacity} gauge (the share of the last minute the handlers were busy: 1 is one handler busy all the
 * time) at a fixed cost. Axon's own monitor keeps every message's handling time for the whole minute in a skip list:
 * a quarter of a million entries in a busy command service, each living long enough to be promoted by the young
 * collections, whose pauses were the command latency's tail. Here the busy time is added up per second, in sixty
 * buckets for each tag set.
 */
final class BucketedCapacityMonitor implements MessageMonitor<Message<?>> {

    private static final int WINDOW_SECONDS = 60;

    private final String name;
    private final MeterRegistry registry;
    private final Function<Message<?>, Iterable<Tag>> tags;
    private final Clock clock;
    private final Map<Tags, BusyTime> busyTimes = new ConcurrentHashMap<>();

    BucketedCapacityMonitor(String meterNamePrefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags) {
        this.name = meterNamePrefix + ".capacity";
        this.registry = registry;
        this.tags = tags;
        this.clock = registry.config().clock();
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        BusyTime busy = busyTimes.computeIfAbsent(Tags.of(tags.apply(message)), this::gauged);
        long start = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                busy.add(start, clock.monotonicTime());
            }

            @Override
            public void reportFailure(Throwable cause) {
                busy.add(start, clock.monotonicTime());
            }

            @Override
            public void reportIgnored() {
                busy.add(start, clock.monotonicTime());
            }
        };
    }

    private BusyTime gauged(Tags tagSet) {
        BusyTime busy = new BusyTime();
        Gauge.builder(name, busy, b -> b.share(clock.monotonicTime())).tags(tagSet).register(registry);
        return busy;
    }

    /** Nanoseconds busy in each of the last {@link #WINDOW_SECONDS} seconds, by the second a handling ended in. */
    private static final class BusyTime {

        private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

        private final long[] seconds = new long[WINDOW_SECONDS];
        private final long[] nanos = new long[WINDOW_SECONDS];

        synchronized void add(long start, long end) {
            long second = Math.floorDiv(end, SECOND);
            int bucket = (int) Math.floorMod(second, (long) WINDOW_SECONDS);
            if (seconds[bucket] != second) {
                seconds[bucket] = second;
                nanos[bucket] = 0;
            }
            nanos[bucket] += end - start;
        }

        synchronized double share(long now) {
            long current = Math.floorDiv(now, SECOND);
            long busy = 0;
            for (int bucket = 0; bucket < WINDOW_SECONDS; bucket++) {
                if (current - seconds[bucket] < WINDOW_SECONDS) {
                    busy += nanos[bucket];
                }
            }
            return (double) busy / (WINDOW_SECONDS * SECOND);
        }
    }
}
