package org.disputes.command.web;

import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.ProblemResponses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case id in a path is read one way on both sides: a UUID in its canonical form. {@code 1-1-1-1-1}, which
 * {@link java.util.UUID#fromString} would take for {@code 00000001-0001-0001-0001-000000000001}, is refused as any
 * malformed id is, 400 {@code VALIDATION_FAILED} naming {@code caseId}, on every command about a case; the query
 * service answers the same (its {@code CaseIdInPathTest}). Nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseIdInPathTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> commandsAboutACase() {
        return Stream.of("1-1-1-1-1", "not-a-uuid", "6b1f3c2e8d4a4f6b9c1d2e3f4a5b6c7d").flatMap(id -> Stream.of(
                Arguments.of("/api/cases/" + id + "/evidence", "agent", InvalidInputTest.EVIDENCE),
                Arguments.of("/api/cases/" + id + "/fraud-suspicion", "agent",
                        "{\"regulatorNotified\": true}"),
                Arguments.of("/api/cases/" + id + "/decision", "lead",
                        "{\"outcome\": \"REFUND\", \"justification\": \"The carrier proved nothing at all.\"}"),
                Arguments.of("/api/cases/" + id + "/appeal", "agent", "{\"reason\": \"I never got it.\"}")));
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("commandsAboutACase")
    void aCaseIdNotInCanonicalFormIsRefusedNamingTheField(String path, String user, String body) throws Exception {
        long eventsBefore = storedEvents();

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", DemoUsers.basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        ProblemResponses.assertValidationFailed(response, "[{\"field\":\"caseId\",\"message\":\"must be a UUID\"}]");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private long storedEvents() {
        return StoredEvents.byPeople(jdbc);
    }
}
