package org.disputes.platform.web;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdmissionFilterTest {

    private static final long DEADLINE_SECONDS = 10;

    private final ProblemWriter problems = new ProblemWriter(JsonMapper.builder().build());
    private final ExecutorService requests = Executors.newCachedThreadPool();
    private final CountDownLatch holderIn = new CountDownLatch(1);
    private final CountDownLatch holderMayLeave = new CountDownLatch(1);

    @AfterEach
    void stop() {
        holderMayLeave.countDown();
        requests.shutdownNow();
    }

    @Test
    void aRequestBeyondTheLimitWaitsItsTurnThenIsTurnedAwayHavingDoneNothing() throws Exception {
        AdmissionFilter admission = new AdmissionFilter(1, Duration.ofMillis(200), problems);
        Future<MockHttpServletResponse> holder = send(admission, holding());
        assertThat(holderIn.await(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ran = new AtomicInteger();
        MockHttpServletResponse turnedAway = send(admission, (request, response) -> ran.incrementAndGet())
                .get(DEADLINE_SECONDS, TimeUnit.SECONDS);

        assertThat(ran).as("the turned-away request did nothing").hasValue(0);
        assertThat(turnedAway.getStatus()).isEqualTo(503);
        assertThat(turnedAway.getHeader("Retry-After")).isEqualTo("2");
        assertThat(turnedAway.getContentType()).startsWith("application/problem+json");
        assertThat(turnedAway.getContentAsString()).contains("\"code\":\"SERVICE_UNAVAILABLE\"")
                .doesNotContain("Exception").doesNotContain("org.");

        holderMayLeave.countDown();
        assertThat(holder.get(DEADLINE_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        send(admission, (request, response) -> ran.incrementAndGet()).get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertThat(ran).as("once the first has left, the next is let in").hasValue(1);
    }

    @Test
    void waitingRequestsAreLetInInTheOrderTheyCame() throws Exception {
        AdmissionFilter admission = new AdmissionFilter(1, Duration.ofSeconds(DEADLINE_SECONDS), problems);
        Future<MockHttpServletResponse> holder = send(admission, holding());
        assertThat(holderIn.await(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();

        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Future<MockHttpServletResponse>> waiting = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            int arrival = i;
            waiting.add(send(admission, (request, response) -> order.add(arrival)));
            awaitWaiting(admission, i + 1); // each queued before the next arrives
        }
        assertThat(order).as("none let in while the first is in hand").isEmpty();

        holderMayLeave.countDown();
        holder.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        for (Future<MockHttpServletResponse> answer : waiting) {
            assertThat(answer.get(DEADLINE_SECONDS, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(order).containsExactly(0, 1, 2);
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aRequestThatFailsGivesUpItsPlace() throws Exception {
        AdmissionFilter admission = new AdmissionFilter(1, Duration.ofMillis(200), problems);
        Future<MockHttpServletResponse> failing = send(admission, (request, response) -> {
            throw new IllegalStateException("the handler failed");
        });
        assertThatThrownBy(() -> failing.get(DEADLINE_SECONDS, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(IllegalStateException.class);

        AtomicInteger ran = new AtomicInteger();
        MockHttpServletResponse next = send(admission, (request, response) -> ran.incrementAndGet())
                .get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertThat(next.getStatus()).isEqualTo(200);
        assertThat(ran).hasValue(1);
    }

    @Test
    void refusesALimitThatLetsNothingIn() {
        assertThatThrownBy(() -> new AdmissionFilter(0, Duration.ofSeconds(1), problems))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdmissionFilter(1, Duration.ofSeconds(-1), problems))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A handler that stays in hand until the test lets it leave. */
    private FilterChain holding() {
        return (request, response) -> {
            holderIn.countDown();
            try {
                holderMayLeave.await(DEADLINE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private Future<MockHttpServletResponse> send(AdmissionFilter admission, FilterChain handler) {
        return requests.submit(() -> {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/delivery-claims");
            MockHttpServletResponse response = new MockHttpServletResponse();
            admission.doFilter(request, response, handler);
            return response;
        });
    }

    private static void awaitWaiting(AdmissionFilter admission, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (admission.waiting() < count) {
            assertThat(System.nanoTime()).as("%d requests waiting in time", count).isLessThan(deadline);
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
