package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines outlive a crash; racing decisions never pay twice. */
class ReliabilityTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.get();
    }

    @Test
    void aDeadlineSurvivesTheCommandServiceBeingKilled() throws Exception {
        String caseId = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));
        // once the proof request is stored, the saga's deadline was committed in the same transaction
        assertThat(Poll.until(() -> stored(caseId, "ProofRequested"), n -> n == 1, Duration.ofSeconds(10)))
                .isEqualTo(1);

        system.crashAndRestartCommands();

        JsonNode view = Steps.awaitStatus(caseId, "REFUNDED");
        assertThat(Steps.texts(view.get("decision").get("rules"))).containsExactly("INR-2");
    }

    @Test
    void concurrentRefundDecisionsPayOnce() throws Exception {
        String caseId = Steps.file(Stories.deliveryClaim(Stories.uniqueCustomer()));
        Steps.addEvidence(caseId, "carrier",
                Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true)));
        Steps.awaitStatus(caseId, "ESCALATED");

        ExecutorService leads = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> decisions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            decisions.add(() -> Steps.decide(caseId, "REFUND").status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : leads.invokeAll(decisions)) {
            statuses.add(answer.get());
        }
        leads.shutdown();

        assertThat(statuses).allMatch(status -> status == 202 || status == 409);
        assertThat(statuses).contains(202);
        assertThat(stored(caseId, "RefundIssued")).isEqualTo(1);
        assertThat(stored(caseId, "EscalatedCaseDecided")).isEqualTo(1);
        Steps.awaitStatus(caseId, "REFUNDED");
    }

    private static long stored(String caseId, String eventType) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getProperty("DISPUTES_DB_URL"),
                System.getProperty("DISPUTES_DB_USER"), System.getProperty("DISPUTES_DB_PASSWORD"));
             var count = db.prepareStatement("""
                     select count(*) from command.domain_event_entry
                     where aggregate_identifier = ? and payload_type like ?""")) {
            count.setString(1, caseId);
            count.setString(2, "%." + eventType);
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
