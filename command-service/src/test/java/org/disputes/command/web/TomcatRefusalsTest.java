package org.disputes.command.web;

import org.disputes.testsupport.DemoUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before Spring sees the request answers a problem like every other refusal, naming no server,
 * and stores nothing. Sent over a raw socket: an ordinary HTTP client would not send these requests at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatRefusalsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    record Refused(String what, String request) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Refused> refusals() {
        String auth = "Authorization: " + DemoUsers.basic("agent") + "\r\n";
        String body = CaseApi.evidence("CARRIER");
        return Stream.of(
                new Refused("an encoded slash in the path", "POST /api/cases/a%2Fb/evidence HTTP/1.1\r\n"
                        + "Host: localhost\r\n" + auth + "Content-Type: application/json\r\nContent-Length: "
                        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body),
                new Refused("a URL over Tomcat's limit", "GET /api/cases/" + "a".repeat(20_000)
                        + " HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n"),
                new Refused("a control character in a header", "GET /api/cases HTTP/1.1\r\nHost: localhost\r\n"
                        + auth + "X-Note: a\u0001b\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isAProblemNamingNoServer(Refused refused) throws Exception {
        long events = storedEvents();

        Answer answer = send(refused.request());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.headers()).doesNotContainKey("server");
        assertThat(answer.raw().toLowerCase(Locale.ROOT)).doesNotContain("tomcat", "apache", "<html");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asString()).isEqualTo("MALFORMED_REQUEST");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/malformed-request");
        assertThat(problem.path("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(events);
    }

    record Answer(int status, Map<String, String> headers, String body, String raw) {
    }

    /** Sends {@code request} as it is and reads the answer until the server closes the connection. */
    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, raw.substring(end + 4), raw);
        }
    }

    private long storedEvents() {
        return StoredEvents.byPeople(jdbc);
    }
}
