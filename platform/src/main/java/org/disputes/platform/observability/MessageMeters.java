package org.disputes.platform.observability;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Axon's timers and counters of a command bus or an event processor ({@code MessageTimerMonitor} and
 * {@code MessageCountingMonitor}: the same meters, names and tags), found once for each tag set. Axon's monitors
 * look their nine meters up in the registry again for every message, and every event processor's thread reports
 * every event it passes over too: 1.4 to 3.1% of a busy service's samples in a profile (README, tuning log).
 */
final class MessageMeters implements MessageMonitor<Message<?>> {

    private final String prefix;
    private final MeterRegistry registry;
    private final Function<Message<?>, Iterable<Tag>> tags;
    private final Clock clock;
    private final Map<Tags, Meters> byTags = new ConcurrentHashMap<>();

    MessageMeters(String meterNamePrefix, MeterRegistry registry, Function<Message<?>, Iterable<Tag>> tags) {
        this.prefix = meterNamePrefix;
        this.registry = registry;
        this.tags = tags;
        this.clock = registry.config().clock();
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = byTags.computeIfAbsent(Tags.of(tags.apply(message)), this::register);
        meters.ingested.increment();
        long start = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                ended(meters.successTime, meters.processed, meters.succeeded);
            }

            @Override
            public void reportFailure(Throwable cause) {
                ended(meters.failureTime, meters.processed, meters.failed);
            }

            @Override
            public void reportIgnored() {
                ended(meters.ignoredTime, meters.ignored);
            }

            private void ended(Timer outcome, Counter... counted) {
                long took = clock.monotonicTime() - start;
                meters.all.record(took, TimeUnit.NANOSECONDS);
                outcome.record(took, TimeUnit.NANOSECONDS);
                for (Counter counter : counted) {
                    counter.increment();
                }
            }
        };
    }

    private Meters register(Tags tagSet) {
        return new Meters(timer("allTimer", tagSet), timer("successTimer", tagSet), timer("failureTimer", tagSet),
                timer("ignoredTimer", tagSet), counter("ingestedCounter", tagSet), counter("successCounter", tagSet),
                counter("failureCounter", tagSet), counter("processedCounter", tagSet),
                counter("ignoredCounter", tagSet));
    }

    /** As Axon builds its timers (percentiles included: {@code AxonTimersWithoutPercentiles} takes them off). */
    private Timer timer(String name, Tags tagSet) {
        return Timer.builder(prefix + "." + name)
                .distributionStatisticExpiry(Duration.ofMinutes(10))
                .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                .tags(tagSet)
                .register(registry);
    }

    private Counter counter(String name, Tags tagSet) {
        return registry.counter(prefix + "." + name, tagSet);
    }

    private record Meters(Timer all, Timer successTime, Timer failureTime, Timer ignoredTime, Counter ingested,
                          Counter succeeded, Counter failed, Counter processed, Counter ignored) {
    }
}
