package org.disputes.command.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.command.cases.CaseCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases this instance handled a moment ago are served from memory, but never as they were: a case another instance
 * changed meanwhile (its event in the store, not through this instance) is taken here as it now stands, closed or
 * escalated, brought up to date in memory from the events it lacked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class CachedCasesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    CaseCache cases;

    @Test
    void aCaseHandledAMomentAgoIsServedFromMemory() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = api.fileClaim("SELLER-1", "CARRIER-1");
        api.awaitProofRequested(List.of(caseId));
        double hits = cacheGets("hit");

        CaseApi.Answer evidence = api.post("/api/cases/" + caseId + "/evidence", CaseApi.evidence("CARRIER"), "agent");

        assertThat(evidence.status()).as(evidence.text()).isEqualTo(202);
        assertThat(evidence.body().get("version").asLong()).isEqualTo(3);
        assertThat(cacheGets("hit")).as("cache hits").isGreaterThan(hits);
    }

    @Test
    void aCaseClosedByAnotherInstanceIsNotServedAsItWas() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = api.caseWithCarrierEvidence();
        double stale = metrics.counter("disputes.case.cache.stale").count();

        api.closeElsewhere(caseId);
        CaseApi.Answer late = api.post("/api/cases/" + caseId + "/evidence", CaseApi.evidence("SELLER"), "agent");

        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("CASE_CLOSED");
        assertThat(api.eventsOf(caseId)).as("nothing appended after the closing").isEqualTo(4);
        assertThat(metrics.counter("disputes.case.cache.stale").count()).isEqualTo(stale + 1);
    }

    @Test
    void aCaseEscalatedByAnotherInstanceIsDecidedHere() throws Exception {
        CaseApi api = new CaseApi(port, jdbc, eventStore);
        String caseId = api.fileClaim("SELLER-1", "CARRIER-1");
        api.awaitProofRequested(List.of(caseId)); // the saga asked for proof here: the open case is in memory
        double stale = metrics.counter("disputes.case.cache.stale").count();
        List<String> cached = new CopyOnWriteArrayList<>();
        Registration watching = cases.registerCacheEntryListener(changesOf(caseId, cached));

        api.escalate(caseId); // the policy on another instance escalated it
        CaseApi.Answer decision = api.post("/api/cases/" + caseId + "/decision", CaseApi.DECISION, "lead");
        watching.cancel();

        assertThat(decision.status()).as("refused as if still open? " + decision.text()).isEqualTo(202);
        assertThat(decision.body().get("version").asLong()).isEqualTo(4);
        assertThat(metrics.counter("disputes.case.cache.stale").count()).isEqualTo(stale + 1);
        assertThat(cached).as("the cached case caught up and saved, not dropped and read whole")
                .containsExactly("updated");
    }

    private static Cache.EntryListener changesOf(String caseId, List<String> changes) {
        return new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                record(key, "created");
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                record(key, "updated");
            }

            @Override
            public void onEntryRemoved(Object key) {
                record(key, "removed");
            }

            private void record(Object key, String change) {
                if (caseId.equals(key)) {
                    changes.add(change);
                }
            }
        };
    }

    private double cacheGets(String result) {
        return metrics.get("cache.gets").tag("cache", "cases").tag("result", result).functionCounter().count();
    }
}
