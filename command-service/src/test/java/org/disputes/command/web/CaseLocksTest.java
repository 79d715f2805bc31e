package org.disputes.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.command.cases.CaseLocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances never race on one case: a command waits while another transaction holds the case (as another
 * instance does while it changes it), then acts on the case as that transaction left it, with no conflict, no
 * retry and no hole left in the store's global index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class CaseLocksTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseLocks locks;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry metrics;

    @Test
    void aCommandWaitsForTheCaseAnotherInstanceIsChangingAndSeesWhatItDid() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = api.caseWithCarrierEvidence();
        double stale = metrics.counter("disputes.case.cache.stale").count();

        CompletableFuture<CaseApi.Answer> late = transactions.execute(status -> {
            // another instance takes the case and closes it; its transaction is still open
            locks.lock(caseId);
            api.closeElsewhere(caseId);
            CompletableFuture<CaseApi.Answer> evidence = CompletableFuture.supplyAsync(() -> post(api, caseId));
            awaitWaitingFor(caseId);
            assertThat(evidence).as("answered while the case was held elsewhere").isNotDone();
            return evidence;
        });

        CaseApi.Answer answer = late.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.text()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("CASE_CLOSED");
        assertThat(api.eventsOf(caseId)).as("nothing appended after the closing").isEqualTo(4);
        // once the lock was free, the cached case was brought up to date with the closing: it did not meet the
        // closing at its append (a conflict, the case evicted, the command run again), which ends the same way
        assertThat(metrics.counter("disputes.case.cache.stale").count()).as("cached case brought up to date")
                .isEqualTo(stale + 1);
    }

    private static CaseApi.Answer post(CaseApi api, String caseId) {
        try {
            return api.post("/api/cases/" + caseId + "/evidence", CaseApi.evidence("SELLER"), "agent");
        } catch (Exception failed) {
            throw new CompletionException(failed);
        }
    }

    /** Polls PostgreSQL's lock table until a session waits for the case's lock. */
    private void awaitWaitingFor(String caseId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (jdbc.sql("""
                        select count(*) from pg_locks where locktype = 'advisory' and not granted
                        and objsubid = 2 and objid = cast(hashtext(?) as oid)""")
                .param(caseId).query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("a command waiting for the case's lock").isBefore(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
