package org.disputes.platform.database;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One snapshot for the statements of one answer: PostgreSQL's repeatable read, read only. Under the default read
 * committed each statement sees the database as of its own start, so an answer read in several statements could
 * mix two moments (a status older than the history line beside it, a total that its parts do not add up to).
 */
public final class ReadSnapshot {

    private ReadSnapshot() {
    }

    public static TransactionTemplate over(PlatformTransactionManager transactions) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        return snapshot;
    }
}
