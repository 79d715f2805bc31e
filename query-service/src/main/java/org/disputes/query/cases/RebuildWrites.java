package org.disputes.query.cases;

import org.axonframework.common.transaction.TransactionManager;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A rebuild's writes of case views and timeline rows, on a thread and in transactions of their own, so that the
 * database takes in one page while the next is folded: the folding thread otherwise waited for it about a third of
 * the time. One page's writes at most are under way: the next waits for them, so the table holds every view let go
 * two pages ago ({@link HeldViews} keeps the last page's until then). A failed write fails the page after it.
 */
final class RebuildWrites {

    private final TransactionManager transactions;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "view-replay-writes");
        thread.setDaemon(true); // a rebuild that failed elsewhere leaves nothing running
        return thread;
    });
    private Future<?> underWay;

    RebuildWrites(TransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Waits for the page before's writes, then starts {@code writes}, in a transaction of their own. */
    void start(Runnable writes) {
        awaitUnderWay();
        underWay = writer.submit(() -> transactions.executeInTransaction(writes));
    }

    /** Waits for the writes under way; nothing is written after. */
    void finish() {
        try {
            awaitUnderWay();
        } finally {
            writer.shutdownNow();
        }
    }

    private void awaitUnderWay() {
        if (underWay == null) {
            return;
        }
        try {
            underWay.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a rebuild's page was being written", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("writing a rebuild's page failed", failed.getCause());
        } finally {
            underWay = null;
        }
    }
}
