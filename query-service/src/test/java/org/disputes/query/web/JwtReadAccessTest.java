package org.disputes.query.web;

import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query service as an OAuth2 resource server, its key given with {@code disputes.security.jwt.public-key-location}
 * and tokens held to Spring's standard {@code issuer-uri} and {@code audiences}: the token's role decides what its
 * holder reads, exactly as a demo user's role does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "disputes.security.mode=jwt",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + JwtReadAccessTest.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.audiences=disputes"})
@Import(CommandEventStoreForTests.class)
@DirtiesContext // a context of its own: closed when done, while this run's database still exists
class JwtReadAccessTest {

    static final String ISSUER = "https://idp.disputes.test/realms/disputes";
    static final TestTokens IDP = new TestTokens();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry properties) {
        String key = "file:" + IDP.publicKeyFile();
        properties.add("disputes.security.jwt.public-key-location", () -> key);
    }

    @LocalServerPort
    int port;

    @Test
    void theRoleOfTheTokenDecidesWhatItsHolderReads() throws Exception {
        String unknownCase = "/api/cases/" + UUID.randomUUID();
        assertThat(get(unknownCase, token("REGULATOR"))).as("a reader, of a case that does not exist").isEqualTo(404);
        assertThat(get("/api/queues/escalation", token("ESCALATION"))).isEqualTo(200);
        assertThat(get("/api/queues/agent", token("ESCALATION"))).isEqualTo(200);
        assertThat(get("/api/queues/agent", token("REGULATOR"))).isEqualTo(403);
        assertThat(get(unknownCase, token("CARRIER"))).as("a party, of a case that does not exist").isEqualTo(404);
        assertThat(get("/api/cases?size=1", token("CARRIER"))).isEqualTo(403);
        assertThat(get("/api/parties/me/cases", token("CARRIER"))).isEqualTo(200);
        assertThat(get("/api/parties/me/cases", token("AGENT"))).isEqualTo(403);
        assertThat(get("/v3/api-docs", token("SELLER"))).isEqualTo(200);
    }

    @Test
    void aTokenFromAnotherIssuerOrForAnotherAudienceOrNoneAtAllIs401() throws Exception {
        String path = "/api/cases?size=1";
        assertThat(get(path, token("AGENT"))).isEqualTo(200);
        assertThat(get(path, IDP.token(Map.of("sub", "agent-7", "roles", List.of("AGENT"),
                "iss", "https://elsewhere.test", "aud", "disputes")))).isEqualTo(401);
        assertThat(get(path, IDP.token(Map.of("sub", "agent-7", "roles", List.of("AGENT"),
                "iss", ISSUER, "aud", "billing")))).isEqualTo(401);
        assertThat(get(path, null)).isEqualTo(401);
    }

    private static String token(String role) {
        return IDP.token(Map.of("sub", role.toLowerCase() + "-1", "roles", List.of(role), "iss", ISSUER,
                "aud", List.of("disputes"), "party_id", "PARTY-1"));
    }

    private int get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
