package org.disputes.command.cases;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The cases this instance handled a moment ago, for {@link CheckedCaseRepository}: at most {@code size} of them, each
 * for at most {@code lifetime} from when it was read from the event store. Saving a case again does not extend its
 * stay, so decrypted personal data is never held longer than a customer's unwrapped key is (the privacy key cache):
 * an erasure reaches both in the same time.
 */
public final class CaseCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> cases;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    public CaseCache(long size, Duration lifetime) {
        this(size, lifetime, Ticker.systemTicker());
    }

    CaseCache(long size, Duration lifetime, Ticker ticker) {
        this.cases = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(size)
                .expireAfter(new Expiry<Object, Object>() {
                    @Override
                    public long expireAfterCreate(Object key, Object value, long now) {
                        return lifetime.toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(Object key, Object value, long now, long remaining) {
                        return remaining;
                    }

                    @Override
                    public long expireAfterRead(Object key, Object value, long now, long remaining) {
                        return remaining;
                    }
                })
                .evictionListener((key, value, cause) -> listeners.forEach(listener -> {
                    if (cause == RemovalCause.EXPIRED) {
                        listener.onEntryExpired(key);
                    } else {
                        listener.onEntryRemoved(key);
                    }
                }))
                .recordStats()
                .build();
    }

    /** Caffeine's own cache, for its metrics. */
    public com.github.benmanes.caffeine.cache.Cache<Object, Object> caffeine() {
        return cases;
    }

    /** Forgets these cases at once, such as when their customer is erased here. */
    public void forget(Collection<?> caseIds) {
        caseIds.forEach(id -> remove(id.toString()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value = (V) cases.getIfPresent(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        boolean created = cases.asMap().put(key, value) == null;
        listeners.forEach(listener -> {
            if (created) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean created = cases.asMap().putIfAbsent(key, value) == null;
        if (created) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return created;
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = cases.asMap().remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        cases.asMap().keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return cases.asMap().containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated = cases.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
        if (updated != null) {
            listeners.forEach(listener -> listener.onEntryUpdated(key, updated));
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
