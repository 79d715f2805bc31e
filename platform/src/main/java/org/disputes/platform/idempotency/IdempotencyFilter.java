package org.disputes.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disputes.platform.database.PassingTrouble;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.PassingTroubleAnswer;
import org.disputes.platform.web.PayloadTooLargeException;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code Idempotency-Key} on POST (API.md, "Reliability headers"): the first request under a key runs and its
 * answer is remembered; a repeat with the same request gets that answer again ({@code Idempotent-Replayed: true})
 * and changes nothing; the key with another request is {@code 422 IDEMPOTENCY_KEY_REUSED}.
 *
 * <p>Keys belong to the signed-in user (the filter runs after Spring Security): two users' equal keys are
 * unrelated. A request is "the same" when its method, path (with query) and body bytes are: their SHA-256 is
 * stored with the key.
 *
 * <p>Concurrency: the first request claims the key with {@code insert … on conflict do nothing}, so exactly one
 * runs, on any number of instances. A repeat arriving while it runs polls for its answer for at most
 * {@link IdempotencyProperties#inFlightWait()}, then answers {@code 409 IDEMPOTENCY_KEY_IN_FLIGHT} with
 * {@code Retry-After}.
 *
 * <p>Only 2xx and 4xx answers are remembered: those are what the request deserved. After a 5xx, a redirect, an
 * error dispatch or an exception, the claim is given back so that a retry runs again. A claim left in flight
 * for longer than {@link IdempotencyProperties#abandonAfter()} (its instance died mid-request) is taken over by
 * the next repeat. Keys older than {@link IdempotencyProperties#retention()} count as never used, and are
 * deleted at most once per {@link IdempotencyProperties#purgeInterval()} per instance, by the next claim.
 *
 * <p>Handlers are expected to answer synchronously (every POST of this project does).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** The body a repeat gets in place of an answer that carried a secret shown once. */
    static final String SECRET_NOT_REPEATED = "{\"detail\":\"This request was already carried out; the secret its"
            + " answer carried is shown once and is not repeated.\"}";
    static final int MAX_KEY_LENGTH = 255;
    private static final long FIRST_PAUSE = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE = TimeUnit.MILLISECONDS.toNanos(50);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final IdempotencyProperties settings;
    private final ProblemWriter problems;
    private final AtomicLong nextPurge = new AtomicLong(System.nanoTime());

    private final Runnable replayed;

    public IdempotencyFilter(IdempotencyStore store, IdempotencyProperties settings, ProblemWriter problems) {
        this(store, settings, problems, () -> { });
    }

    /** {@code replayed} is told each time a repeat gets the first answer again (a metric counts them). */
    public IdempotencyFilter(IdempotencyStore store, IdempotencyProperties settings, ProblemWriter problems,
                             Runnable replayed) {
        this.store = store;
        this.settings = settings;
        this.problems = problems;
        this.replayed = replayed;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> keys = Collections.list(request.getHeaders(HEADER));
        if (keys.size() != 1) {
            problems.write(response, ApiProblem.invalid(HEADER, "must be given once"));
            return;
        }
        String key = keys.get(0);
        if (!isValidKey(key)) {
            problems.write(response, ApiProblem.invalid(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters"));
            return;
        }
        String owner = signedInUser();
        if (owner == null) {
            // nobody to scope the key to: such a request reaches nothing that changes state anyway
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException tooLarge) {
            problems.write(response, tooLarge.problem());
            return;
        }
        byte[] hash = requestHash(request.getMethod(), target(request), body);
        HttpServletRequest replayable = new CachedBodyRequest(request, body);

        try {
            claimAndRun(replayable, response, chain, owner, key, hash);
        } catch (RuntimeException failure) {
            // the key's store had no connection in time (or other passing trouble): turned away like a command
            if (!PassingTrouble.isPassing(failure) || response.isCommitted()) {
                throw failure;
            }
            PassingTroubleAnswer.write(failure, response, problems);
        }
    }

    /** Claims the key and runs the request, or answers what the key holds (its first answer, a refusal, a wait). */
    private void claimAndRun(HttpServletRequest replayable, HttpServletResponse response, FilterChain chain,
                             String owner, String key, byte[] hash) throws ServletException, IOException {
        long deadline = System.nanoTime() + settings.inFlightWait().toNanos();
        long pause = FIRST_PAUSE;
        while (true) {
            Optional<OffsetDateTime> claim = store.claim(owner, key, hash);
            if (claim.isPresent()) {
                purgeWhenDue();
                runAndRemember(replayable, response, chain, owner, key, claim.get());
                return;
            }
            Optional<IdempotencyStore.Entry> found = store.find(owner, key, settings.retention(),
                    settings.abandonAfter());
            if (found.isPresent()) {
                IdempotencyStore.Entry entry = found.get();
                if (entry.expired() || entry.abandoned()) {
                    if (entry.abandoned()) {
                        log.warn("Taking over an Idempotency-Key left in flight since {}", entry.createdAt());
                    }
                    store.forget(owner, key, entry.createdAt());
                } else if (!MessageDigest.isEqual(entry.requestHash(), hash)) {
                    problems.write(response, new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT,
                            ProblemCode.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was used for another request; use a new key for a new request."));
                    return;
                } else if (entry.completed()) {
                    replay(entry, response);
                    replayed.run();
                    return;
                } else if (System.nanoTime() - deadline < 0 && !Thread.currentThread().isInterrupted()) {
                    // the first request is still running: look again shortly
                    LockSupport.parkNanos(Math.min(pause, Math.max(deadline - System.nanoTime(), 0)));
                    pause = Math.min(pause * 2, LONGEST_PAUSE);
                    continue;
                }
            }
            // the wait is over, or the key was freed meanwhile (given back after a failure, expired, abandoned)
            // and is claimed again at once
            if (System.nanoTime() - deadline >= 0 || Thread.currentThread().isInterrupted()) {
                stillInFlight(response);
                return;
            }
        }
    }

    private void runAndRemember(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                String owner, String key, OffsetDateTime claim) throws ServletException, IOException {
        CapturingResponse captured = new CapturingResponse(response);
        boolean remembered = false;
        try {
            chain.doFilter(request, captured);
            if (request.isAsyncStarted()) {
                log.warn("{} {} answered asynchronously: its Idempotency-Key is not remembered",
                        request.getMethod(), request.getRequestURI());
                return;
            }
            int status = captured.getStatus();
            if (!captured.errorSent() && (isSuccess(status) || isClientError(status))) {
                remembered = remember(owner, key, claim, captured);
            }
        } finally {
            if (!remembered) {
                giveBack(owner, key, claim);
            }
        }
        captured.copyBodyToResponse();
    }

    private boolean remember(String owner, String key, OffsetDateTime claim, CapturingResponse captured) {
        try {
            if (store.complete(owner, key, claim, captured.getStatus(), captured.getContentType(),
                    captured.getHeader(HttpHeaders.LOCATION), keptBody(captured))) {
                return true;
            }
            log.warn("The claim of an Idempotency-Key was taken over before its request finished");
            return true; // not ours any more: nothing to give back
        } catch (RuntimeException e) {
            // the effect took place; the answer still goes out, and a repeat will run again
            log.error("Could not remember the answer under an Idempotency-Key", e);
            return false;
        }
    }

    /**
     * What a repeat gets again. An answer marked {@code Cache-Control: no-store} carries a secret shown once (a
     * webhook's signing secret): its body is not kept, so the secret never rests in the key store, and a repeat gets
     * the same status and {@code Location} with {@link #SECRET_NOT_REPEATED} instead.
     */
    private static byte[] keptBody(CapturingResponse captured) {
        String cacheControl = captured.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.contains("no-store")
                ? SECRET_NOT_REPEATED.getBytes(StandardCharsets.UTF_8) : captured.getContentAsByteArray();
    }

    private void giveBack(String owner, String key, OffsetDateTime claim) {
        try {
            store.release(owner, key, claim);
        } catch (RuntimeException e) {
            log.error("Could not give back an Idempotency-Key; it is taken over after the abandonment limit", e);
        }
    }

    private void replay(IdempotencyStore.Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(entry.status());
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, entry.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = entry.body() == null ? new byte[0] : entry.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void stillInFlight(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(response, new ApiProblem(HttpStatus.CONFLICT, ProblemCode.IDEMPOTENCY_KEY_IN_FLIGHT,
                "The first request under this Idempotency-Key is still being handled; retry shortly."));
    }

    private void purgeWhenDue() {
        long due = nextPurge.get();
        long now = System.nanoTime();
        if (now - due < 0 || !nextPurge.compareAndSet(due, now + settings.purgeInterval().toNanos())) {
            return;
        }
        try {
            int purged = store.purge(settings.retention());
            log.debug("Purged {} Idempotency-Keys past retention", purged);
        } catch (RuntimeException e) {
            log.warn("Could not purge old Idempotency-Keys; trying again at the next interval", e);
        }
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** 1 to 255 printable ASCII characters (space to tilde). */
    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** SHA-256 of method, path (with query, as sent) and body: what makes a repeat "the same request". */
    public static byte[] requestHash(String method, String target, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(method.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(body);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static boolean isClientError(int status) {
        return status >= 400 && status < 500;
    }
}
