package org.disputes.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most a number of requests in at once; the others wait their turn in order of arrival, and one still
 * waiting after the wait is answered 503 with {@code Retry-After}, having done nothing.
 * <p>
 * Without it, more requests than a service can serve all start at once: each takes its share of the cores, and those
 * holding a pooled connection and a case's lock finish ever later while the newest queue for the pool. The service's
 * own processors (the saga, the deadlines) then wait for connections behind hundreds of requests, fail, and Axon
 * holds them back for up to a minute: decisions fell tens of seconds behind an overloaded desk (README, tuning log).
 * Let in a few at a time, a request runs through while the rest wait parked, and the pool keeps room for the
 * processors.
 */
public final class AdmissionFilter extends OncePerRequestFilter {

    private final Semaphore admissions;
    private final int limit;
    private final long waitNanos;
    private final ProblemWriter problems;

    public AdmissionFilter(int limit, Duration wait, ProblemWriter problems) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one request must be let in at a time, not " + limit);
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("a request cannot wait a negative time: " + wait);
        }
        this.admissions = new Semaphore(limit, true);
        this.limit = limit;
        this.waitNanos = wait.toNanos();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = admissions.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            PassingTroubleAnswer.turnAway(limit + " requests in hand, and this one waited its turn too long",
                    response, problems);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admissions.release();
        }
    }

    /** Requests waiting to be let in. */
    public int waiting() {
        return admissions.getQueueLength();
    }
}
