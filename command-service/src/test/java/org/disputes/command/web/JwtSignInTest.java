package org.disputes.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command service as an OAuth2 resource server ({@code disputes.security.mode=jwt}), over real HTTP: bearer
 * tokens signed with a key pair made for this run, checked against its public key through Spring's standard
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. The token's {@code roles} or {@code role}
 * decide what its holder may do exactly as the demo users' roles do; {@code party_id} binds a carrier or seller
 * to its own cases; the user is recorded by the name in {@code sub}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "disputes.security.mode=jwt")
@DirtiesContext // a context of its own: closed when done, while this run's database still exists
class JwtSignInTest {

    static final TestTokens IDP = new TestTokens();
    static final TestTokens STRANGER = new TestTokens();

    static final Map<String, Map<String, Object>> USERS = Map.of(
            "agent", Map.of("sub", "agent-7", "roles", List.of("AGENT", "offline_access")),
            "lead", Map.of("sub", "lead-3", "role", "ESCALATION"),
            "auditor", Map.of("sub", "auditor-1", "roles", List.of("ROLE_REGULATOR")),
            "carrier", Map.of("sub", "carrier-desk-1", "roles", List.of("carrier"), "party_id", "CARRIER-1"),
            "seller", Map.of("sub", "seller-desk-1", "roles", List.of("SELLER"), "party_id", "SELLER-1"));

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        String key = "file:" + IDP.publicKeyFile();
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> key);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    ApplicationContext context;

    CaseApi api;

    @BeforeEach
    void signInWithTokens() {
        api = new CaseApi(port, jdbc, eventStore, user -> TestTokens.bearer(IDP.token(USERS.get(user))));
    }

    @Test
    void anAgentFilesAClaimAndIsRecordedByTheNameAndRoleOfItsToken() throws Exception {
        String caseId = api.fileClaim("SELLER-1", "CARRIER-1");

        DomainEventMessage<?> filed = eventStore.readEvents(caseId).next();
        assertThat(filed.getMetaData()).containsEntry("actor", "agent-7").containsEntry("role", "AGENT");
    }

    @Test
    void carriersAndSellersAreBoundToTheirPartyAndTheirCasesByTheirToken() throws Exception {
        String own = api.fileClaim("SELLER-1", "CARRIER-1");
        String other = api.fileClaim("SELLER-2", "CARRIER-2");

        assertThat(evidence(own, "CARRIER", "carrier").status()).isEqualTo(202);
        assertThat(evidence(own, "SELLER", "seller").status()).isEqualTo(202);
        assertThat(evidence(own, "SELLER", "carrier").status()).isEqualTo(403);
        CaseApi.Answer othersCase = evidence(other, "CARRIER", "carrier");
        assertThat(othersCase.status()).isEqualTo(403);
        assertThat(othersCase.code()).isEqualTo("FORBIDDEN");
        assertThat(evidence(other, "SELLER", "seller").status()).isEqualTo(403);

        // a carrier whose token names no party is bound to nothing
        String partyless = TestTokens.bearer(IDP.token(Map.of("sub", "carrier-x", "role", "CARRIER")));
        assertThat(api.post("/api/cases/" + own + "/evidence", CaseApi.evidence("CARRIER"), null,
                Map.of("Authorization", partyless)).status()).isEqualTo(403);
    }

    @Test
    void theRoleOfTheTokenDecidesWhatItsHolderMayDo() throws Exception {
        String caseId = api.fileClaim("SELLER-1", "CARRIER-1");
        api.awaitProofRequested(List.of(caseId));
        api.escalate(caseId);

        assertThat(api.post("/api/cases/" + caseId + "/decision", CaseApi.DECISION, "agent").status())
                .isEqualTo(403);
        assertThat(api.post("/api/cases/" + caseId + "/fraud-suspicion", CaseApi.FRAUD, "auditor").status())
                .isEqualTo(403);
        assertThat(api.post("/api/delivery-claims", CaseApi.CLAIM.formatted("CUST-1", "SELLER-1", "CARRIER-1"),
                "lead").status()).isEqualTo(403);

        CaseApi.Answer decided = api.post("/api/cases/" + caseId + "/decision", CaseApi.DECISION, "lead");
        assertThat(decided.status()).as(decided.text()).isEqualTo(202);
        Object decision = eventStore.readEvents(caseId).asStream()
                .filter(e -> e.getPayload() instanceof EscalatedCaseDecided).findFirst().orElseThrow().getPayload();
        assertThat(((EscalatedCaseDecided) decision).decidedBy()).isEqualTo("lead-3");
    }

    @Test
    void withoutAValidTokenNobodyIsSignedIn() throws Exception {
        String claim = CaseApi.CLAIM.formatted("CUST-1", "SELLER-1", "CARRIER-1");
        long filings = api.filings();

        CaseApi.Answer none = api.post("/api/delivery-claims", claim, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(none.challenge()).startsWith("Bearer").doesNotContain("error=");

        Map<String, Object> agent = USERS.get("agent");
        Map<String, String> refused = Map.of(
                "signed by another key", STRANGER.token(agent),
                "expired", IDP.token(agent, Instant.now().minus(Duration.ofMinutes(5))),
                "naming none of the roles", IDP.token(Map.of("sub", "x", "roles", List.of("offline_access"))),
                "naming two roles", IDP.token(Map.of("sub", "x", "roles", List.of("AGENT", "ESCALATION"))),
                "naming nobody", IDP.token(Map.of("roles", List.of("AGENT"))),
                "not a token", "not.a.token");
        for (Map.Entry<String, String> token : refused.entrySet()) {
            CaseApi.Answer answer = api.post("/api/delivery-claims", claim, null,
                    Map.of("Authorization", TestTokens.bearer(token.getValue())));
            assertThat(answer.status()).as(token.getKey()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(answer.challenge()).as(token.getKey()).contains("error=\"invalid_token\"");
            assertThat(answer.text()).doesNotContain("Exception", "org.", "java.");
        }

        // the demo directory does not exist in this mode
        CaseApi.Answer basic = api.send(HttpRequest.newBuilder(api.uri("/api/delivery-claims"))
                .header("Content-Type", "application/json")
                .header("Authorization", DemoUsers.basic("agent", "agent-demo"))
                .POST(HttpRequest.BodyPublishers.ofString(claim)));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
        assertThat(api.filings()).isEqualTo(filings);
    }

    private CaseApi.Answer evidence(String caseId, String party, String user) throws Exception {
        return api.post("/api/cases/" + caseId + "/evidence", CaseApi.evidence(party), user);
    }
}
