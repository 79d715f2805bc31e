package org.disputes.command.config;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;

import java.time.Duration;

/**
 * When a deadline failed, tries it again after {@code first}, then twice as long each time, at most {@code longest}
 * apart. The failure seen most is a lost race: the deadline's step sends its command inside the deadline's own
 * transaction, so a command that loses its case to a request on another instance fails the whole step at commit,
 * after the command bus could have retried it; tried again a second later, it reads the case afresh and succeeds.
 * db-scheduler's own handling, every 5 minutes, would leave such a case undecided that long.
 */
final class DeadlineRetries<T> implements FailureHandler<T> {

    private final Duration first;
    private final Duration longest;

    DeadlineRetries(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    /** How long to wait after a failure that followed {@code earlierFailures} others in a row. */
    Duration after(int earlierFailures) {
        Duration wait = first.multipliedBy(1L << Math.min(earlierFailures, 30));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    @Override
    public void onFailure(ExecutionComplete failed, ExecutionOperations<T> operations) {
        operations.reschedule(failed, failed.getTimeDone().plus(after(failed.getExecution().consecutiveFailures)));
    }
}
