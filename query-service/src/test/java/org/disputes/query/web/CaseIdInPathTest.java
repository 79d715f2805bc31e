package org.disputes.query.web;

import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.ProblemResponses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;


/**
 * A case id in a path is read one way on both sides: a UUID in its canonical form. {@code 1-1-1-1-1}, which
 * {@link java.util.UUID#fromString} would take for {@code 00000001-0001-0001-0001-000000000001}, is refused as the
 * command service refuses it (its {@code CaseIdInPathTest}): 400 {@code VALIDATION_FAILED} naming {@code caseId}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
class CaseIdInPathTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    static Stream<String> pathsNamingACase() {
        return Stream.of("1-1-1-1-1", "not-a-uuid", "6b1f3c2e8d4a4f6b9c1d2e3f4a5b6c7d")
                .flatMap(id -> Stream.of("/api/cases/" + id, "/api/cases/" + id + "?minVersion=1",
                        "/api/cases/" + id + "/timeline", "/api/audit/cases/" + id + "/events",
                        "/api/audit/cases/" + id + "/verify",
                        "/api/audit/cases/" + id + "/state?asOf=2026-01-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("pathsNamingACase")
    void aCaseIdNotInCanonicalFormIsRefusedNamingTheField(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", DemoUsers.basic("auditor"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        ProblemResponses.assertValidationFailed(response, "[{\"field\":\"caseId\",\"message\":\"must be a UUID\"}]");
    }
}
