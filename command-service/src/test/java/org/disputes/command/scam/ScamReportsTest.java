package org.disputes.command.scam;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scam reports and what people do with contacts, over real HTTP on the whole command service and a real
 * PostgreSQL: who may do what (API.md's table), bad input refused naming its field with nothing stored, a report
 * naming a case read by the case's jurisdiction and put on the case's record, and the contact's rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScamReportsTest {

    static final String[] EVERYONE = {"agent", "lead", "auditor", "carrier", "seller", null};
    static final String JUSTIFICATION = "{\"justification\": \"Three customers were asked for their delivery codes.\"}";
    static final String CLAIM = """
            {"orderId": "IT-1", "customerId": "CUST-SCAM", "sellerId": "SELLER-1", "carrierId": "CARRIER-1",
             "courierId": "COURIER-19", "jurisdiction": "FR", "deliveryMethod": "SECURE_OTP",
             "amount": {"value": "100.00", "currency": "EUR"}, "tenders": [{"method": "CARD", "amount": "100.00"}],
             "carrierReportedDeliveredAt": "2024-06-25T15:40:00Z", "statement": "Never came."}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** A contact of its own for each row that acts on one, in the state its action needs. */
    private final Map<String, String> contactOfRow = new LinkedHashMap<>();

    record Row(String name, String action, boolean needsConfirmed, String body, String user, int status, String code) {
        @Override
        public String toString() {
            return name + " → " + status;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String user : EVERYONE) {
            rows.add(row("report a scam contact", null, false, null, user, "agent", 201));
            rows.add(row("confirm a contact", "/confirm", false, JUSTIFICATION, user, "lead", 202));
            rows.add(row("dismiss a contact", "/dismiss", false, JUSTIFICATION, user, "lead", 202));
            rows.add(row("request a takedown", "/takedown-requested", true,
                    "{\"addressee\": \"Registrar Ltd\", \"reference\": \"T-77\"}", user, "lead", 202));
            rows.add(row("record a takedown", "/taken-down", true, "{\"at\": \"2026-11-20T10:00:00Z\"}", user,
                    "lead", 202));
            rows.add(row("refer to law enforcement", "/referred", true,
                    "{\"agency\": \"Action Fraud\", \"reference\": \"AF-1\"}", user, "lead", 202));
        }
        return rows;
    }

    private static Row row(String what, String action, boolean needsConfirmed, String body, String user,
                           String allowed, int status) {
        String name = (user == null ? "anonymous" : user) + ": " + what;
        if (user == null) {
            return new Row(name, action, needsConfirmed, body, null, 401, "UNAUTHENTICATED");
        }
        boolean may = List.of(allowed.split(" ")).contains(user);
        return new Row(name, action, needsConfirmed, body, user, may ? status : 403, may ? null : "FORBIDDEN");
    }

    static Stream<Row> matrix() {
        return rows().stream();
    }

    @BeforeAll
    void aContactForEveryRow() throws Exception {
        for (Row row : rows()) {
            if (row.action() != null) {
                String contactId = report(website()).path("contactId").asString();
                if (row.needsConfirmed()) {
                    assertThat(post("/api/scam-contacts/" + contactId + "/confirm", JUSTIFICATION, "lead").statusCode())
                            .isEqualTo(202);
                }
                contactOfRow.put(row.name(), contactId);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void answersAsApiMdSays(Row row) throws Exception {
        String contactId = contactOfRow.get(row.name());
        String path = row.action() == null ? "/api/scam-reports" : "/api/scam-contacts/" + contactId + row.action();
        String body = row.body() != null ? row.body() : website();
        long before = contactId == null ? scamEvents() : eventsOf(contactId);

        HttpResponse<String> answer = post(path, body, row.user());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(row.status());
        long after = contactId == null ? scamEvents() : eventsOf(contactId);
        if (row.status() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).path("code").asString()).isEqualTo(row.code());
            assertThat(after).as("nothing stored").isEqualTo(before);
        } else {
            assertThat(after).as("one event recorded").isEqualTo(before + 1);
        }
    }

    record Bad(String name, String body, String field, String message) {
        @Override
        public String toString() {
            return name + " → 400 naming " + field;
        }
    }

    static Stream<Bad> badReports() {
        return Stream.of(
                new Bad("an unreadable number", report("PHONE", "12", null), "contact", "phone number"),
                new Bad("letters for a number", report("PHONE", "call me maybe", null), "contact", "phone number"),
                new Bad("too short for a number", report("PHONE", "+33 1 23", null), "contact", "phone number"),
                new Bad("a national number and no country", report("PHONE", "01 23 45 67 89", null), "country",
                        "international form"),
                new Bad("a country that is no country", report("PHONE", "01 23 45 67 89", "\"country\": \"XX\","),
                        "country", "alpha-2"),
                new Bad("a website that is only a public suffix", report("WEBSITE", "co.uk", null), "contact",
                        "public suffix"),
                new Bad("an e-mail address without a domain", report("EMAIL", "support@", null), "contact", "domain"),
                new Bad("a contact of 10 KB", report("EMAIL", "a".repeat(10 * 1024) + "@example.com", null),
                        "contact", "at most"),
                new Bad("control characters", report("PHONE", "+33 1 23 45\\u0000 67 89", null), "contact",
                        "control"),
                new Bad("half a surrogate pair", report("PHONE", "+33 1 23 45 67 89", null)
                        .replace("Amazon", "Amazon \\ud800"), "impersonatedBrand", "Unicode"),
                new Bad("an unknown channel", report("FAX", "+33 1 23 45 67 89", null), "channel",
                        "[PHONE, SMS, EMAIL, WEBSITE]"),
                new Bad("an unknown payment method", report("PHONE", "+33 1 23 45 67 89",
                        "\"paymentMethod\": \"CASH\","), "paymentMethod", "[CARD, GIFT_CARD, BANK_TRANSFER, WALLET]"),
                new Bad("no customer", """
                        {"channel": "PHONE", "contact": "+33 1 23 45 67 89", "impersonatedBrand": "Amazon"}""",
                        "customerId", "required"),
                new Bad("a case id that is no UUID", report("PHONE", "+33 1 23 45 67 89", "\"caseId\": \"nope\","),
                        "caseId", "UUID"),
                new Bad("a loss in tenths of a cent", report("PHONE", "+33 1 23 45 67 89",
                        "\"amountLost\": {\"value\": \"1.234\", \"currency\": \"EUR\"},"), "amountLost.value",
                        "decimals"),
                new Bad("a loss in a currency in lower case", report("PHONE", "+33 1 23 45 67 89",
                        "\"amountLost\": {\"value\": \"12.00\", \"currency\": \"eur\"},"), "amountLost.currency",
                        "ISO 4217"),
                new Bad("a loss in a currency ISO 4217 does not know", report("PHONE", "+33 1 23 45 67 89",
                        "\"amountLost\": {\"value\": \"12.00\", \"currency\": \"XXY\"},"), "amountLost.currency",
                        "ISO 4217"),
                new Bad("a brand on two lines", """
                        {"channel": "PHONE", "contact": "+33 1 23 45 67 89", "impersonatedBrand": "Ama\\nzon",
                         "customerId": "CUST-1"}""", "impersonatedBrand", "control"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void badReportsAreRefusedNamingTheFieldAndStoreNothing(Bad bad) throws Exception {
        long before = scamEvents();
        HttpResponse<String> answer = post("/api/scam-reports", bad.body(), "agent");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(bad.field());
        assertThat(problem.path("errors").get(0).path("message").asString()).contains(bad.message());
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("org.disputes");
        assertThat(scamEvents()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aReportNamingACaseIsReadByTheCasesJurisdictionAndPutOnItsRecord() throws Exception {
        HttpResponse<String> filed = post("/api/delivery-claims", CLAIM, "agent");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String caseId = JSON.readTree(filed.body()).path("caseId").asString();

        HttpResponse<String> reported = post("/api/scam-reports", """
                {"channel": "PHONE", "contact": "01 23 45 67 89", "impersonatedBrand": "Amazon",
                 "customerId": "CUST-SCAM", "caseId": "%s", "description": "Asked for my code."}""".formatted(caseId),
                "agent");

        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(reported.body());
        assertThat(answer.path("contactId").asString()).isEqualTo(
                org.disputes.api.scam.ContactNormaliser.normalise(org.disputes.api.scam.ScamChannel.PHONE,
                        "+33123456789", null).contactId().toString());
        assertThat(reported.headers().firstValue("Location").orElse(""))
                .isEqualTo("/api/scam-contacts/" + answer.path("contactId").asString());
        // the case's own record tells it (the adjudication writes on the case too, so only this type is counted)
        assertThat(typesOf(caseId)).containsOnlyOnce("ScamReportLinked");

        HttpResponse<String> unknownCase = post("/api/scam-reports", """
                {"channel": "PHONE", "contact": "01 23 45 67 89", "impersonatedBrand": "Amazon",
                 "customerId": "CUST-SCAM", "caseId": "%s"}""".formatted(UUID.randomUUID()), "agent");
        assertThat(unknownCase.statusCode()).isEqualTo(404);
        assertThat(unknownCase.body()).contains("CASE_NOT_FOUND");
    }

    @Test
    void threeCustomersWithin30DaysMakeAContactSuspected() throws Exception {
        String site = website();
        String contactId = null;
        for (String customer : List.of("CUST-A", "CUST-B", "CUST-A", "CUST-C")) {
            HttpResponse<String> answer = post("/api/scam-reports", site.replace("CUST-SCAM", customer), "agent");
            assertThat(answer.statusCode()).isEqualTo(201);
            contactId = JSON.readTree(answer.body()).path("contactId").asString();
            assertThat(typesOf(contactId).contains("ScamContactSuspected"))
                    .as("suspected once the third distinct customer reports it").isEqualTo(customer.equals("CUST-C"));
        }
        assertThat(typesOf(contactId)).containsExactly("ScamContactReported", "ScamContactReported",
                "ScamContactReported", "ScamContactReported", "ScamContactSuspected");
    }

    @Test
    void peopleActOnKnownContactsInTheRightState() throws Exception {
        HttpResponse<String> unknown = post("/api/scam-contacts/" + UUID.randomUUID() + "/confirm", JUSTIFICATION,
                "lead");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("SCAM_CONTACT_NOT_FOUND");

        String contactId = report(website()).path("contactId").asString();
        HttpResponse<String> notConfirmed = post("/api/scam-contacts/" + contactId + "/referred",
                "{\"agency\": \"Action Fraud\"}", "lead");
        assertThat(notConfirmed.statusCode()).isEqualTo(409);
        assertThat(notConfirmed.body()).contains("SCAM_CONTACT_NOT_CONFIRMED");
        HttpResponse<String> tooShort = post("/api/scam-contacts/" + contactId + "/confirm",
                "{\"justification\": \"scam\"}", "lead");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("\"justification\"");
        HttpResponse<String> noAgency = post("/api/scam-contacts/" + contactId + "/referred", "{}", "lead");
        assertThat(noAgency.statusCode()).isEqualTo(400);
        assertThat(noAgency.body()).contains("\"agency\"");
        assertThat(post("/api/scam-contacts/not-a-uuid/confirm", JUSTIFICATION, "lead").statusCode()).isEqualTo(400);
        assertThat(typesOf(contactId)).containsExactly("ScamContactReported");

        assertThat(post("/api/scam-contacts/" + contactId + "/dismiss", JUSTIFICATION, "lead").statusCode())
                .isEqualTo(202);
        HttpResponse<String> again = post("/api/scam-contacts/" + contactId + "/dismiss", JUSTIFICATION, "lead");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("SCAM_CONTACT_ALREADY_DISMISSED");
        assertThat(jdbc.sql("""
                        select convert_from(meta_data, 'UTF8') from command.domain_event_entry
                        where aggregate_identifier = ? order by sequence_number desc limit 1""")
                .param(contactId).query(String.class).single()).contains("\"actor\":\"lead\"")
                .contains("\"role\":\"ESCALATION\"");
    }

    private static String report(String channel, String contact, String extra) {
        return """
                {"channel": "%s", "contact": "%s", %s "impersonatedBrand": "Amazon", "customerId": "CUST-1"}"""
                .formatted(channel, contact, extra == null ? "" : extra);
    }

    private static String website() {
        return """
                {"channel": "WEBSITE", "contact": "https://login.amazon-%s.co.uk/x", "impersonatedBrand": "Amazon",
                 "customerId": "CUST-SCAM"}""".formatted(UUID.randomUUID().toString().substring(0, 8));
    }

    private JsonNode report(String body) throws Exception {
        HttpResponse<String> answer = post("/api/scam-reports", body, "agent");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private long scamEvents() {
        return jdbc.sql("select count(*) from command.domain_event_entry where type = 'ScamContact'")
                .query(Long.class).single();
    }

    private long eventsOf(String aggregateId) {
        return jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }

    private List<String> typesOf(String contactId) {
        return jdbc.sql("""
                        select payload_type from command.domain_event_entry where aggregate_identifier = ?
                        order by sequence_number""").param(contactId).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private HttpResponse<String> post(String path, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
