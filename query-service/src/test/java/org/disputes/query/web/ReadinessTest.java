package org.disputes.query.web;

import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.DemoUsers;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness follows the event processor on the real service and database: when the processor cannot keep its
 * place in the event store (its token table is gone) it is in error and the service is not ready, with the
 * processor named to an operator; once the table is back the processor recovers and the service is ready again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
class ReadinessTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Long enough for Axon's retry back-off, which doubles from one second. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalManagementPort
    int managementPort;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProcessorInErrorMakesTheServiceNotReadyUntilItRecovers() throws Exception {
        assertThat(Poll.until(() -> readiness(null).statusCode(), status -> status == 200, PATIENCE))
                .as("ready once started").isEqualTo(200);
        jdbc.sql("alter table query.token_entry rename to token_entry_away").update();
        try {
            HttpResponse<String> notReady = Poll.until(() -> readiness(null), r -> r.statusCode() == 503, PATIENCE);
            assertThat(notReady.statusCode()).as(notReady.body()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(readiness("ops").body()).as("which processor, to an operator")
                    .contains("\"processors\"", "\"case-views\":\"error\"");
        } finally {
            jdbc.sql("alter table query.token_entry_away rename to token_entry").update();
        }
        HttpResponse<String> ready = Poll.until(() -> readiness(null), r -> r.statusCode() == 200, PATIENCE);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(readiness("ops").body()).contains("\"case-views\":\"running\"");
    }

    private HttpResponse<String> readiness(String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/health/readiness"));
        if (user != null) {
            request.header("Authorization", DemoUsers.basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
