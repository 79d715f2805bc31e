package org.disputes.command.cases;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A case stays in memory no longer than the lifetime from when it was read from the store, however often saved. */
class CaseCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CaseCache cache = new CaseCache(100, Duration.ofSeconds(10), nanos::get);

    @Test
    void savingACaseAgainDoesNotExtendItsStay() {
        cache.put("case-1", "read from the store");
        later(6);
        cache.put("case-1", "saved again");
        assertThat(cache.<String, String>get("case-1")).isEqualTo("saved again");

        later(5);

        assertThat(cache.containsKey("case-1")).as("11 s after it was read").isFalse();
        assertThat(cache.<String, String>get("case-1")).isNull();
    }

    @Test
    void aCaseReadAgainStaysItsFullLifetime() {
        cache.put("case-1", "read from the store");
        later(11);
        cache.put("case-1", "read again");
        later(9);

        assertThat(cache.<String, String>get("case-1")).isEqualTo("read again");
    }

    @Test
    void forgottenCasesAreGoneAtOnce() {
        cache.put("11111111-1111-1111-1111-111111111111", "one");
        cache.put("22222222-2222-2222-2222-222222222222", "two");

        cache.forget(List.of(UUID.fromString("11111111-1111-1111-1111-111111111111")));

        assertThat(cache.containsKey("11111111-1111-1111-1111-111111111111")).isFalse();
        assertThat(cache.containsKey("22222222-2222-2222-2222-222222222222")).isTrue();
    }

    @Test
    void aListenerHearsWhatBecomesOfTheCasesUntilItIsCancelled() {
        List<String> heard = new CopyOnWriteArrayList<>();
        Registration registration = cache.registerCacheEntryListener(
                new Cache.EntryListenerAdapter() {
                    @Override
                    public void onEntryCreated(Object key, Object value) {
                        heard.add("created " + key);
                    }

                    @Override
                    public void onEntryUpdated(Object key, Object value) {
                        heard.add("updated " + key);
                    }

                    @Override
                    public void onEntryRead(Object key, Object value) {
                        heard.add("read " + key);
                    }

                    @Override
                    public void onEntryRemoved(Object key) {
                        heard.add("removed " + key);
                    }

                    @Override
                    public void onEntryExpired(Object key) {
                        heard.add("expired " + key);
                    }
                });

        cache.put("case-1", "read from the store");
        cache.put("case-1", "saved again");
        cache.get("case-1");
        cache.remove("case-1");
        cache.put("case-2", "read from the store");
        later(11);
        cache.caffeine().cleanUp();
        registration.cancel();
        cache.put("case-3", "read from the store");

        assertThat(heard).containsExactly("created case-1", "updated case-1", "read case-1", "removed case-1",
                "created case-2", "expired case-2");
    }

    private void later(int seconds) {
        nanos.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }
}
