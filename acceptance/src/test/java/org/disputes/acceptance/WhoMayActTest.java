package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** S8: refunds are money; only the right people may move them, and nobody anonymous may do anything. */
class WhoMayActTest {

    private static Api commands;

    @BeforeAll
    static void start() throws Exception {
        commands = RunningSystem.get().commands();
    }

    @Test
    void s8_eachRoleMayDoOnlyWhatTheAccessTableAllows() throws Exception {
        Map<String, Object> mine = Stories.deliveryClaim(Stories.uniqueCustomer());
        String ownCase = Steps.file(mine);
        Map<String, Object> theirs = Stories.deliveryClaim(Stories.uniqueCustomer());
        theirs.put("carrierId", "CARRIER-2");
        String otherCarriersCase = Steps.file(theirs);

        Api.Response auditorFiles = commands.post("/api/delivery-claims", "auditor", Stories.deliveryClaim("CUST-A"));
        assertThat(auditorFiles.status()).isEqualTo(403);
        assertThat(auditorFiles.at("/code")).isEqualTo("FORBIDDEN");
        for (String path : new String[]{"/evidence", "/fraud-suspicion", "/decision", "/appeal"}) {
            assertThat(commands.post("/api/cases/" + ownCase + path, "auditor", Map.of()).status())
                    .as("auditor POST " + path).isEqualTo(403);
        }

        assertThat(commands.post("/api/cases/" + ownCase + "/evidence", "carrier",
                Stories.evidence("SELLER", "SIGNATURE", Map.of("signerIsRecipient", true))).status())
                .as("a carrier submitting the seller's evidence").isEqualTo(403);
        assertThat(commands.post("/api/cases/" + otherCarriersCase + "/evidence", "carrier",
                Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true))).status())
                .as("a carrier on another carrier's case").isEqualTo(403);
        assertThat(commands.post("/api/cases/" + ownCase + "/evidence", "carrier",
                Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true))).status())
                .as("a carrier on its own case").isEqualTo(202);

        Steps.awaitStatus(ownCase, "ESCALATED");
        Api.Response agentDecides = commands.post("/api/cases/" + ownCase + "/decision", "agent",
                Map.of("outcome", "REFUND", "justification", "The agent would like to refund this one."));
        assertThat(agentDecides.status()).isEqualTo(403);

        Api.Response anonymous = commands.post("/api/delivery-claims", null, Stories.deliveryClaim("CUST-B"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(RunningSystem.get().queries().get("/api/cases", null).status()).isEqualTo(401);
    }

    @Test
    void bothServicesSayWhoTheCredentialsBelongTo() throws Exception {
        for (Api service : new Api[]{commands, RunningSystem.get().queries()}) {
            Api.Response seller = service.get("/api/me", "seller");
            assertThat(seller.status()).isEqualTo(200);
            assertThat(seller.at("/name")).isEqualTo("seller");
            assertThat(seller.at("/role")).isEqualTo("SELLER");
            assertThat(seller.at("/partyId")).isEqualTo("SELLER-1");
            Api.Response auditor = service.get("/api/me", "auditor");
            assertThat(auditor.at("/role")).isEqualTo("REGULATOR");
            assertThat(auditor.at("/partyId")).isNull();
            assertThat(service.get("/api/me", null).status()).isEqualTo(401);
        }
    }
}
