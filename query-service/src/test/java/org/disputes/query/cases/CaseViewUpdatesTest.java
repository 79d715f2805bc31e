package org.disputes.query.cases;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CaseViewUpdatesTest {

    private final CaseViewUpdates updates = new CaseViewUpdates();
    private final UUID caseId = UUID.randomUUID();
    private final AtomicLong version = new AtomicLong(1);

    private Optional<Long> awaitVersion(long wanted, Duration patience) {
        return updates.awaitUntil(caseId, () -> Optional.of(version.get()), v -> v >= wanted, patience);
    }

    @Test
    void aViewAlreadyThereIsAnsweredAtOnce() {
        assertThat(awaitVersion(1, Duration.ZERO)).contains(1L);
    }

    @Test
    void aViewThatNeverGetsThereIsNotAnswered() {
        assertThat(awaitVersion(2, Duration.ofMillis(50))).isEmpty();
    }

    @Test
    void aWaitingReaderGetsTheViewOnceItsCaseChanges() throws Exception {
        CompletableFuture<Optional<Long>> reader = CompletableFuture.supplyAsync(() -> awaitVersion(3, Duration.ofSeconds(30)));
        version.set(3);
        updates.changed(caseId);
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains(3L);
    }

    @Test
    void aChangeToAnotherCaseIsNoAnswer() throws Exception {
        CompletableFuture<Optional<Long>> reader = CompletableFuture.supplyAsync(() -> awaitVersion(3, Duration.ofMillis(300)));
        updates.changed(UUID.randomUUID());
        assertThat(reader.get(30, TimeUnit.SECONDS)).isEmpty();
    }
}
