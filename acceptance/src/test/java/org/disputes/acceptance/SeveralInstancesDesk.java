package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A dispute desk working through both command services at once: agents file claims (each repeated under its
 * {@code Idempotency-Key} on the other instance) and add evidence, each item to the other instance than the last;
 * a lead decides the cases a signature escalates, a refund asked of both instances at the same moment, a denial of
 * one. It keeps every answer a client got (2xx) as the ledger the test checks the event store against. A request an
 * instance could not answer (killed, starting again) is not acknowledged: the desk moves on, as a client would.
 */
final class SeveralInstancesDesk {

    /** What a client was told: its case was at {@code version} after the command ({@code evidenceId} if evidence). */
    record Ack(String what, String caseId, long version, String evidenceId, int instance) {
    }

    static final Duration DECISION_PATIENCE = Duration.ofMinutes(2);

    private final SeveralInstances system;
    private final int agents;
    private final Duration pace;
    private final ScheduledExecutorService agentThreads;
    private final ExecutorService leadThreads = Executors.newFixedThreadPool(3);
    private final AtomicBoolean filing = new AtomicBoolean(true);
    private final AtomicInteger claims = new AtomicInteger();
    private final BlockingQueue<String> escalating = new LinkedBlockingQueue<>();
    private final List<ScheduledFuture<?>> agentWork = new ArrayList<>();
    private Future<?> leadWork;

    final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    /** Answers no instance should give: a 5xx, an unexpected refusal, a repeat answered differently. */
    final Queue<String> surprises = new ConcurrentLinkedQueue<>();
    /** Requests an instance did not answer (connection refused or cut), by instance. */
    final AtomicLongArray unanswered = new AtomicLongArray(2);
    final AtomicInteger repeatsAnsweredAlike = new AtomicInteger();
    final Queue<String> deniedByLead = new ConcurrentLinkedQueue<>();
    final Queue<String> refundedByLead = new ConcurrentLinkedQueue<>();

    /** {@code agents} agents, each filing a claim (and its evidence) then waiting {@code pace} before the next. */
    SeveralInstancesDesk(SeveralInstances system, int agents, Duration pace) {
        this.system = system;
        this.agents = agents;
        this.pace = pace;
        this.agentThreads = Executors.newScheduledThreadPool(agents);
    }

    void open() {
        for (int a = 0; a < agents; a++) {
            agentWork.add(agentThreads.scheduleWithFixedDelay(this::agent, a * pace.toMillis() / agents,
                    pace.toMillis(), TimeUnit.MILLISECONDS));
        }
        leadWork = leadThreads.submit(this::lead);
    }

    /** Agents stop filing; the lead decides the cases still escalating, then the desk closes. */
    void close() throws Exception {
        filing.set(false);
        try {
            agentWork.forEach(agent -> agent.cancel(false));
            agentThreads.shutdown();
            if (!agentThreads.awaitTermination(60, TimeUnit.SECONDS)) {
                surprises.add("an agent's request did not end within a minute");
            }
            leadWork.get(DECISION_PATIENCE.toSeconds() + 60, TimeUnit.SECONDS);
        } finally {
            agentThreads.shutdownNow();
            leadThreads.shutdownNow();
        }
    }

    int claimsTried() {
        return claims.get();
    }

    long acknowledged(int instance) {
        return acks.stream().filter(a -> a.instance() == instance).count();
    }

    /** One agent's turn: a claim and what follows it. A scheduled turn that threw would never run again. */
    private void agent() {
        if (!filing.get()) {
            return;
        }
        try {
            fileAClaim(claims.getAndIncrement());
        } catch (Throwable e) {
            surprises.add("an agent failed: " + e);
        }
    }

    private void fileAClaim(int n) throws Exception {
        int instance = n % 2;
        Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
        claim.put("courierId", "COURIER-" + UUID.randomUUID().toString().substring(0, 8));
        String body = Api.JSON.writeValueAsString(claim);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response filed = send(instance, api -> api.post("/api/delivery-claims", "agent", body, key));
        if (filed == null || filed.status() != 201) {
            expect(filed, 201, "filing");
            return;
        }
        String caseId = filed.at("/caseId");
        acks.add(new Ack("filed", caseId, Long.parseLong(filed.at("/version")), null, instance));
        Api.Response repeated = send(1 - instance,
                api -> api.post("/api/delivery-claims", "agent", body, key));
        if (repeated != null) {
            if (repeated.status() == filed.status() && repeated.body().equals(filed.body())) {
                repeatsAnsweredAlike.incrementAndGet();
            } else {
                surprises.add("the filing repeated under its key on instance " + (1 - instance) + " answered "
                        + repeated.status() + " " + repeated.text() + ", the first " + filed.text());
            }
        }
        switch (n % 3) {
            case 0 -> {
                // each item to the other instance than the last
                instance = evidence(caseId, 1 - instance, "carrier",
                        Stories.evidence("CARRIER", "CARRIER_SCAN", Map.of()));
                evidence(caseId, 1 - instance, "agent",
                        Stories.evidence("CUSTOMER", "CCTV_FOOTAGE", Map.of("coversDeliveryWindow", true)));
            }
            case 1 -> {
                evidence(caseId, 1 - instance, "carrier",
                        Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true)));
                escalating.add(caseId);
            }
            default -> {
                // silence: the response window decides
            }
        }
    }

    /** Adds the evidence through {@code instance}; the instance the next item goes to the other of. */
    private int evidence(String caseId, int instance, String user, Map<String, Object> evidence) throws Exception {
        Api.Response added = send(instance,
                api -> api.post("/api/cases/" + caseId + "/evidence", user, evidence));
        if (added != null && added.status() == 202) {
            acks.add(new Ack("evidence", caseId, Long.parseLong(added.at("/version")),
                    (String) evidence.get("evidenceId"), instance));
        } else {
            expect(added, 202, "evidence");
        }
        return instance;
    }

    private Void lead() throws Exception {
        int escalated = 0;
        while (filing.get() || !escalating.isEmpty()) {
            String caseId = escalating.poll(200, TimeUnit.MILLISECONDS);
            if (caseId == null) {
                continue;
            }
            int reader = escalated % 2;
            JsonNode view = Poll.until(() -> system.queries(reader).get("/api/cases/" + caseId, "lead").body(),
                    v -> v.has("caseId") && !"OPEN".equals(v.path("status").asString()), DECISION_PATIENCE,
                    Duration.ofMillis(250));
            if (!"ESCALATED".equals(view.path("status").asString())) {
                continue; // the signature came after the window (a slow instance): decided by silence
            }
            if (escalated % 2 == 0) {
                refundOnBoth(caseId);
            } else {
                deny(caseId, escalated / 2 % 2);
            }
            escalated++;
        }
        return null;
    }

    /** The same refund asked of both instances at the same moment: both accept, one refund is issued. */
    private void refundOnBoth(String caseId) throws Exception {
        List<Callable<Api.Response>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int instance = i;
            both.add(() -> send(instance, api -> decide(api, caseId, "REFUND")));
        }
        List<Future<Api.Response>> answers = leadThreads.invokeAll(both);
        boolean accepted = false;
        for (int i = 0; i < 2; i++) {
            Api.Response answer = answers.get(i).get();
            if (answer != null && answer.status() == 202) {
                acks.add(new Ack("lead-refund", caseId, Long.parseLong(answer.at("/version")), null, i));
                accepted = true;
            } else {
                expect(answer, 202, "a lead's refund");
            }
        }
        if (accepted) {
            refundedByLead.add(caseId);
        }
    }

    /** A denial, to the other instance when the first cannot answer. */
    private void deny(String caseId, int instance) throws Exception {
        Api.Response denied = send(instance, api -> decide(api, caseId, "DENY"));
        boolean unanswered = denied == null;
        if (unanswered) {
            instance = 1 - instance;
            denied = send(instance, api -> decide(api, caseId, "DENY"));
        }
        if (denied != null && denied.status() == 202) {
            acks.add(new Ack("lead-deny", caseId, Long.parseLong(denied.at("/version")), null, instance));
            deniedByLead.add(caseId);
        } else if (unanswered && denied != null && denied.status() == 409
                && "CASE_NOT_ESCALATED".equals(denied.at("/code"))) {
            // the instance killed before it answered had carried the denial out: the test holds the case to one
            // lead decision, closed without a refund, as any denial
            deniedByLead.add(caseId);
        } else {
            expect(denied, 202, "a lead's denial");
        }
    }

    private static Api.Response decide(Api api, String caseId, String outcome) throws Exception {
        return api.post("/api/cases/" + caseId + "/decision", "lead",
                Map.of("outcome", outcome, "justification", "Weighed every item on the record, as POLICY.md asks."));
    }

    private interface Request {
        Api.Response to(Api api) throws Exception;
    }

    /** The instance's answer, or null when it gave none (it was killed, or not started again yet). */
    private Api.Response send(int instance, Request request) throws Exception {
        try {
            return request.to(system.commands(instance));
        } catch (IOException unanswered) {
            this.unanswered.incrementAndGet(instance);
            return null;
        }
    }

    private void expect(Api.Response answer, int status, String what) {
        if (answer != null && answer.status() != status) {
            surprises.add(what + " answered " + answer.status() + " " + answer.text());
        }
    }
}
