package org.disputes.query.cases;

import org.axonframework.common.transaction.NoTransactionManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rebuild's pages are written on a thread of their own, one page's writes at a time, in order, failures surfacing. */
class RebuildWritesTest {

    private final RebuildWrites writes = new RebuildWrites(NoTransactionManager.INSTANCE);

    @Test
    void aPageIsWrittenElsewhereWhileTheNextIsFoldedAndOnlyAfterThePageBefore() throws InterruptedException {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch folded = new CountDownLatch(1);
        writes.start(() -> {
            await(folded);
            written.add("page 1 on " + Thread.currentThread().getName());
        });
        // the caller goes on while page 1 is written
        written.add("page 2 folded");
        folded.countDown();
        writes.start(() -> written.add("page 2"));
        writes.finish();

        assertThat(written).containsExactly("page 2 folded", "page 1 on view-replay-writes", "page 2");
    }

    @Test
    void aFailedWriteFailsThePageAfterItAndNothingIsWrittenAfter() {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        writes.start(() -> {
            throw new IllegalStateException("the database refused page 1");
        });

        assertThatThrownBy(() -> writes.start(() -> written.add("page 2")))
                .hasMessage("the database refused page 1");
        writes.finish();
        assertThat(written).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
