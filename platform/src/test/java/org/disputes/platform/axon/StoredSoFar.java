package org.disputes.platform.axon;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.stream.Stream;

/**
 * An in-memory storage engine whose reads return what is stored when they begin, as the JDBC engine's batches do:
 * Axon's own reads on into what is published meanwhile, so an embedded store's readers never come to its cache.
 */
final class StoredSoFar extends InMemoryEventStorageEngine {

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
        return super.readEvents(token, mayBlock).toList().stream();
    }
}
