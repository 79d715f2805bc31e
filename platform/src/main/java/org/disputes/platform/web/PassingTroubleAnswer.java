package org.disputes.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.disputes.platform.database.PassingTrouble;
import org.disputes.platform.problem.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A request that met passing trouble with the database ({@link PassingTrouble}: above all no pooled connection free
 * within the pool's wait, when more arrives than the service can serve) is answered 503 with {@code Retry-After}: the
 * client may send it again as it was, and with its {@code Idempotency-Key} it is done at most once. Not a 500, which
 * says the request itself failed; logged without a stack trace and at most every ten seconds, as under overload every
 * request would log one.
 */
public final class PassingTroubleAnswer {

    private static final String RETRY_AFTER_SECONDS = "2";
    private static final Logger log = LoggerFactory.getLogger(PassingTroubleAnswer.class);
    private static final long WARN_EVERY = TimeUnit.SECONDS.toNanos(10);
    private static final AtomicLong nextWarning = new AtomicLong(System.nanoTime());
    private static final LongAdder sinceWarning = new LongAdder();
    private static final ApiProblem PROBLEM = new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
            ProblemCode.SERVICE_UNAVAILABLE, "The service is too busy, or cannot reach its database, to take this "
            + "request now. Send it again after Retry-After; with its Idempotency-Key it is done at most once.");

    private PassingTroubleAnswer() {
    }

    /** The answer to a request that failed on {@code failure}, passing trouble ({@link PassingTrouble#isPassing}). */
    static ResponseEntity<ProblemDetail> response(Throwable failure) {
        warn(failure);
        return ResponseEntity.status(PROBLEM.status()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.detail(PROBLEM.status(), PROBLEM.code(), PROBLEM.getMessage(), PROBLEM.errors()));
    }

    /** The same answer from a filter, where no controller advice is at hand. */
    public static void write(Throwable failure, HttpServletResponse response, ProblemWriter problems)
            throws IOException {
        warn(failure);
        write(response, problems);
    }

    /**
     * The same answer to a request turned away before it began, the service having more in hand than it lets in
     * ({@link AdmissionFilter}); logged as the others are, with what the service was waiting for.
     */
    static void turnAway(String why, HttpServletResponse response, ProblemWriter problems) throws IOException {
        warn(why);
        write(response, problems);
    }

    private static void write(HttpServletResponse response, ProblemWriter problems) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        problems.write(response, PROBLEM);
    }

    private static void warn(Throwable failure) {
        // the cause's class, not its message: a database's message may quote what was written
        warn("passing trouble with the database (" + NestedExceptionUtils.getMostSpecificCause(failure).getClass()
                .getName() + "). See hikaricp_connections_pending and hikaricp_connections_timeout_total.");
    }

    private static void warn(String why) {
        sinceWarning.increment();
        long now = System.nanoTime();
        long due = nextWarning.get();
        if (now - due >= 0 && nextWarning.compareAndSet(due, now + WARN_EVERY)) {
            log.warn("{} request(s) answered 503 since the last such line: {}", sinceWarning.sumThenReset(), why);
        }
    }
}
