package org.disputes.platform.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An event source whose streams begin a processor's batches at most once a linger, so that the events that follow
 * one closely join it in the same batch.
 * <p>
 * A tracking processor takes a batch of what its stream has at hand and commits it with its token in a transaction
 * of its own. Under a steady stream of commands that is one event at a time: each of the saga's eight segments
 * stored its token and committed once or more a command, most of them for a batch with nothing for the segment. A
 * short wait, like a producer's linger in Kafka, turns those into one transaction for several commands' events, at
 * the price of up to that wait in the processor's latency. A stream that handed over {@value #BEHIND} events or more
 * since its last batch began does not wait: its processor is behind (catching up after an outage, say), its batches
 * are full without waiting, and waiting would only slow it down.
 */
public final class LingeringEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** Events handed over since a batch began that show the stream's processor to be behind. */
    static final int BEHIND = 100;

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final Duration linger;

    public LingeringEventSource(StreamableMessageSource<TrackedEventMessage<?>> source, Duration linger) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("a linger cannot be negative: " + linger);
        }
        this.source = source;
        this.linger = linger;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(trackingToken);
        return linger.isZero() ? stream : new LingeringStream(stream, linger.toNanos());
    }

    @Override
    public TrackingToken createTailToken() {
        return source.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
    }

    /** One processor thread's stream: used by that thread alone. */
    private static final class LingeringStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final long lingerNanos;
        private long lastBatchAt;
        private int handedOver;

        LingeringStream(BlockingStream<TrackedEventMessage<?>> stream, long lingerNanos) {
            this.stream = stream;
            this.lingerNanos = lingerNanos;
            this.lastBatchAt = System.nanoTime() - lingerNanos;
        }

        /**
         * Waits up to {@code timeout} for an event as the stream does, and then until the linger has passed since
         * the last batch began (the processor asks this way at the start of each batch, then takes what is there
         * without waiting). A stream quiet for longer than the linger thus hands its first event over at once, and
         * one that is behind does not wait.
         */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            long early = lastBatchAt + lingerNanos - System.nanoTime();
            if (early > 0 && handedOver < BEHIND) {
                TimeUnit.NANOSECONDS.sleep(early);
            }
            lastBatchAt = System.nanoTime();
            handedOver = 0;
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            handedOver++;
            return stream.nextAvailable();
        }

        @Override
        public void close() {
            stream.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }
    }
}
