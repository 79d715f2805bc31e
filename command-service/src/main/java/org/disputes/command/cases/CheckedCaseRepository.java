package org.disputes.command.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.OptionalLong;

/**
 * Cases taken under their {@link CaseLocks lock} across instances, and loaded from memory when this instance handled
 * them a moment ago, never stale: before a cached case is used, the store is asked for the case's last sequence
 * number, in the round trip that takes the case's lock (one indexed lookup, in place of reading, decrypting and
 * replaying the whole history). If another instance has appended since (the saga's instance asked for proof,
 * another's deadline decided), the events after the cached version are read and applied to the cached case, by the
 * same handlers a reload replays, so it stands as a reload would leave it without the history being read again. The
 * check runs under both locks (Axon's in this instance, {@link CaseLocks} across instances), so a refusal
 * ({@code CASE_CLOSED}, say) is given on the case as it stands, as with no cache. Should an append still meet
 * another (a writer that took no lock), it fails on the store's unique sequence, rolls back, and evicts the case
 * (Axon's caching repository).
 * <p>
 * A cached case is used by one command at a time (Axon's lock) and cached again only by a commit.
 */
public final class CheckedCaseRepository extends CachingEventSourcingRepository<DisputeCase> {

    private final CaseCache cache;
    private final CaseLocks locks;
    private final EventStore events;
    private final Counter stale;

    public CheckedCaseRepository(EventSourcingRepository.Builder<DisputeCase> builder, CaseCache cache,
                                 CaseLocks locks, EventStore events, MeterRegistry metrics) {
        super(builder.cache(cache).eventStore(events));
        this.cache = cache;
        this.locks = locks;
        this.events = events;
        this.stale = Counter.builder("disputes.case.cache.stale")
                .description("cached cases found older than the store (another instance appended), brought up to date")
                .register(metrics);
    }

    @Override
    protected EventSourcedAggregate<DisputeCase> doLoadWithLock(String caseId, Long expectedVersion) {
        if (!cache.containsKey(caseId)) {
            locks.lock(caseId);
            return super.doLoadWithLock(caseId, expectedVersion);
        }
        OptionalLong stored = locks.lockAndReadLastSequence(caseId);
        EventSourcedAggregate<DisputeCase> cached = super.doLoadWithLock(caseId, expectedVersion);
        Long version = cached.version();
        if (version == null || stored.isEmpty() || stored.getAsLong() < version) {
            cache.remove(caseId);
            return super.doLoadWithLock(caseId, expectedVersion);
        }
        if (stored.getAsLong() > version) {
            cached.initializeState(events.readEvents(caseId, version + 1));
            stale.increment();
        }
        return cached;
    }
}
