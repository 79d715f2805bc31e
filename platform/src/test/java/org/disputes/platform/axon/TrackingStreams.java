package org.disputes.platform.axon;

import org.axonframework.eventhandling.TrackingEventStream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reading a store's stream as a tracking processor does: asking again after a wait that brought nothing. */
final class TrackingStreams {

    private TrackingStreams() {
    }

    /**
     * The payloads of the next {@code count} events, or of those that came within 10 s. A stream that finds itself
     * behind the store's cache answers a wait with nothing and reads the store on its own at the next.
     */
    static List<Object> next(TrackingEventStream stream, int count) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (payloads.size() < count && System.nanoTime() < deadline) {
            if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        }
        return payloads;
    }
}
