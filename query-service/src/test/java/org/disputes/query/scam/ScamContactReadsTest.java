package org.disputes.query.scam;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.TenderMethod;
import org.disputes.api.scam.ContactNormaliser;
import org.disputes.api.scam.NormalisedContact;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.ScamContactConfirmed;
import org.disputes.api.scam.ScamContactDismissed;
import org.disputes.api.scam.ScamContactId;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactSuspected;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scam-contact reads over real HTTP on a real PostgreSQL, from events as the command side stores them: the list
 * (filters, most reported first, losses per currency), a contact's page with its reports and its history in
 * sentences, the lookup by any spelling, the STIX export, the contact's audit trail, and who may read what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommandEventStoreForTests.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScamContactReadsTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String BRAND = "Brand-" + UUID.randomUUID().toString().substring(0, 8);
    static final String NATIONAL = "06 12 %02d %02d %02d".formatted(rnd(), rnd(), rnd());
    static final NormalisedContact NUMBER = ContactNormaliser.normalise(ScamChannel.PHONE, NATIONAL, "FR");
    static final ScamContactId CONFIRMED = NUMBER.contactId();
    static final NormalisedContact SITE = new NormalisedContact(ScamChannel.WEBSITE,
            "refund-" + UUID.randomUUID().toString().substring(0, 8) + ".co.uk");
    static final ScamContactId DISMISSED = SITE.contactId();
    static final NormalisedContact MAIL = new NormalisedContact(ScamChannel.EMAIL,
            "support-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    static final CaseId CASE = CaseId.random();
    static final String[] EVERYONE = {"agent", "lead", "auditor", "carrier", "seller", null};
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private static int rnd() {
        return ThreadLocalRandom.current().nextInt(100);
    }

    @BeforeAll
    void contactsReportedConfirmedAndDismissed() throws Exception {
        Instant now = Instant.now();
        publish(CONFIRMED, 0, reported(NUMBER, "CUST-1", CASE, Money.of("120.00", "EUR"), now.minusSeconds(300)));
        publish(CONFIRMED, 1, reported(NUMBER, "CUST-2", null, Money.of("30.50", "EUR"), now.minusSeconds(200)));
        publish(CONFIRMED, 2, reported(NUMBER, "CUST-3", null, null, now.minusSeconds(100)));
        publish(CONFIRMED, 3, new ScamContactSuspected(CONFIRMED, "SCAM-1",
                "3 distinct customers reported it within 30 days (SCAM-1: 3 or more)", 3, now.minusSeconds(100)));
        publish(CONFIRMED, 4, new ScamContactConfirmed(CONFIRMED, "Customers were asked for their codes.", "lead",
                now.minusSeconds(50)));
        publish(DISMISSED, 0, reported(SITE, "CUST-4", null, null, now.minusSeconds(90)));
        publish(DISMISSED, 1, new ScamContactDismissed(DISMISSED, "The brand's own refund site, checked.", "lead",
                now.minusSeconds(40)));
        publish(MAIL.contactId(), 0, reported(MAIL, "CUST-5", null, null, now.minusSeconds(30)));
        assertThat(Poll.until(() -> get("/api/scam-contacts?brand=" + BRAND, "agent"),
                page -> page.path("total").asLong() == 3 && page.path("items").get(0).path("status").asString()
                        .equals("CONFIRMED") && page.toString().contains("DISMISSED"), PATIENCE).path("total").asLong())
                .as("every contact is projected").isEqualTo(3);
    }

    @Test
    void theListCountsReportsCustomersAndLossesMostReportedFirst() throws Exception {
        JsonNode page = get("/api/scam-contacts?brand=" + BRAND.toLowerCase(), "agent");
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("contactId").asString()).isEqualTo(CONFIRMED.toString());
        assertThat(first.path("contact").asString()).isEqualTo(NUMBER.value());
        assertThat(first.path("channel").asString()).isEqualTo("PHONE");
        assertThat(first.path("reports").asLong()).isEqualTo(3);
        assertThat(first.path("customers").asLong()).isEqualTo(3);
        assertThat(first.path("impersonatedBrands").toString()).isEqualTo("[\"" + BRAND + "\"]");
        assertThat(first.path("reportedLoss").toString()).isEqualTo("[{\"value\":\"150.50\",\"currency\":\"EUR\"}]");
        assertThat(first.path("caseIds").toString()).isEqualTo("[\"" + CASE + "\"]");

        assertThat(get("/api/scam-contacts?brand=" + BRAND + "&status=DISMISSED", "agent").path("items").get(0)
                .path("contactId").asString()).isEqualTo(DISMISSED.toString());
        assertThat(get("/api/scam-contacts?brand=" + BRAND + "&channel=EMAIL", "agent").path("total").asLong())
                .isEqualTo(1);
        assertThat(get("/api/scam-contacts?brand=" + BRAND + "&size=1&page=1", "agent").path("items").size())
                .isEqualTo(1);
        HttpResponse<String> badStatus = send("/api/scam-contacts?status=MAYBE", "agent");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("\"status\"").contains("CONFIRMED").contains("DISMISSED");
    }

    @Test
    void aContactsPageHasItsReportsAndItsHistoryInSentences() throws Exception {
        JsonNode contact = get("/api/scam-contacts/" + CONFIRMED, "lead");
        assertThat(contact.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(contact.path("reportList").size()).isEqualTo(3);
        assertThat(contact.path("reportList").get(0).path("customerId").asString()).isEqualTo("CUST-1");
        assertThat(contact.path("reportList").get(0).path("caseId").asString()).isEqualTo(CASE.toString());
        List<String> history = new ArrayList<>();
        contact.path("history").forEach(entry -> history.add(entry.path("summary").asString()));
        assertThat(history).hasSize(5);
        assertThat(history.get(0)).isEqualTo("A customer reported it as impersonating " + BRAND + ", on case " + CASE
                + ", having lost 120.00 EUR.");
        assertThat(history.get(3)).startsWith("Suspected by rule SCAM-1: 3 distinct customers");
        assertThat(history.get(4)).isEqualTo("Confirmed as a scam by lead: Customers were asked for their codes.");
        assertThat(contact.path("history").get(4).path("actor").asString()).isEqualTo("lead");

        assertThat(send("/api/scam-contacts/" + UUID.randomUUID(), "agent").body()).contains("SCAM_CONTACT_NOT_FOUND");
        assertThat(send("/api/scam-contacts/not-a-uuid", "agent").statusCode()).isEqualTo(400);
    }

    @Test
    void theLookupNormalisesWhatTheAgentTypes() throws Exception {
        String international = "+33 " + NATIONAL.substring(1);
        JsonNode found = get("/api/scam-contacts/lookup?channel=PHONE&contact=" + encode(international), "agent");
        assertThat(found.path("contactId").asString()).isEqualTo(CONFIRMED.toString());
        assertThat(get("/api/scam-contacts/lookup?channel=PHONE&country=FR&contact=" + encode(NATIONAL), "agent")
                .path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(get("/api/scam-contacts/lookup?channel=WEBSITE&contact="
                + encode("https://www." + SITE.value() + "/refund?x=1"), "agent").path("status").asString())
                .isEqualTo("DISMISSED");

        HttpResponse<String> unknown = send("/api/scam-contacts/lookup?channel=PHONE&contact=%2B33698765432", "agent");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("SCAM_CONTACT_NOT_FOUND");
        HttpResponse<String> unreadable = send("/api/scam-contacts/lookup?channel=WEBSITE&contact=co.uk", "agent");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unreadable.body()).path("errors").get(0).path("field").asString()).isEqualTo("contact");
        HttpResponse<String> badChannel = send("/api/scam-contacts/lookup?channel=FAX&contact=1", "agent");
        assertThat(badChannel.statusCode()).isEqualTo(400);
        assertThat(badChannel.body()).contains("\"channel\"").contains("WEBSITE");
    }

    @Test
    void theExportIsAStixBundleOfConfirmedContactsWithoutCustomers() throws Exception {
        HttpResponse<String> response = send("/api/scam-contacts/export?status=CONFIRMED", "auditor");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/stix+json;version=2.1");
        JsonNode bundle = JSON.readTree(response.body());
        assertThat(bundle.path("type").asString()).isEqualTo("bundle");
        assertThat(bundle.path("id").asString()).matches("bundle--[0-9a-f-]{36}");
        String pattern = "[x-disputes-phone-number:value = '" + NUMBER.value() + "']";
        List<JsonNode> indicators = new ArrayList<>();
        List<JsonNode> sightings = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            assertThat(object.path("spec_version").asString()).isEqualTo("2.1");
            assertThat(object.path("id").asString()).startsWith(object.path("type").asString() + "--");
            assertThat(object.path("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(object.path("modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            if (object.path("type").asString().equals("indicator") && object.path("pattern").asString().equals(pattern)) {
                indicators.add(object);
            }
        }
        assertThat(indicators).hasSize(1);
        String indicatorId = indicators.get(0).path("id").asString();
        for (JsonNode object : bundle.path("objects")) {
            if (object.path("type").asString().equals("sighting")
                    && object.path("sighting_of_ref").asString().equals(indicatorId)) {
                sightings.add(object);
            }
        }
        assertThat(sightings).hasSize(1);
        assertThat(sightings.get(0).path("count").asInt()).isEqualTo(3);
        assertThat(sightings.get(0).path("first_seen").isString()).isTrue();
        assertThat(sightings.get(0).path("last_seen").isString()).isTrue();
        assertThat(indicators.get(0).path("pattern_type").asString()).isEqualTo("stix");
        String brandId = indicators.get(0).path("x_disputes_impersonated_refs").get(0).asString();
        assertThat(response.body()).contains("\"id\":\"" + brandId + "\"").contains("\"name\":\"" + BRAND + "\"");
        assertThat(response.body()).doesNotContain("CUST-1").doesNotContain("CUST-2").doesNotContain(CASE.toString())
                .doesNotContain(SITE.value()).doesNotContain(MAIL.value());

        JsonNode again = JSON.readTree(send("/api/scam-contacts/export", "lead").body());
        assertThat(again.toString()).as("deterministic ids").contains(indicatorId);
        assertThat(send("/api/scam-contacts/export?status=REPORTED", "lead").body()).contains(MAIL.value())
                .doesNotContain(SITE.value());
        assertThat(send("/api/scam-contacts/export?status=DISMISSED", "lead").statusCode()).isEqualTo(400);
        assertThat(send("/api/scam-contacts/export?since=2999-01-01T00:00:00Z", "lead").body())
                .doesNotContain(indicatorId);
        assertThat(send("/api/scam-contacts/export?since=yesterday", "lead").statusCode()).isEqualTo(400);
    }

    @Test
    void theRegulatorReadsAContactsEventsWithWhoCausedThem() throws Exception {
        JsonNode events = get("/api/audit/scam-contacts/" + CONFIRMED + "/events", "auditor");
        assertThat(events.size()).isEqualTo(5);
        assertThat(events.get(0).path("contactId").asString()).isEqualTo(CONFIRMED.toString());
        assertThat(events.get(4).path("type").asString()).isEqualTo("ScamContactConfirmed");
        assertThat(events.get(4).path("metadata").path("actor").asString()).isEqualTo("lead");
        assertThat(events.get(4).path("hash").asString()).isNotBlank();
        assertThat(send("/api/audit/scam-contacts/" + UUID.randomUUID() + "/events", "auditor").statusCode())
                .isEqualTo(404);
    }

    record Row(String path, String user, int status) {
        @Override
        public String toString() {
            return (user == null ? "anonymous" : user) + " GET " + path.replace(CONFIRMED.toString(), "{contact}")
                    + " → " + status;
        }
    }

    static Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        for (String user : EVERYONE) {
            rows.add(row("/api/scam-contacts", user, "agent lead auditor"));
            rows.add(row("/api/scam-contacts/" + CONFIRMED, user, "agent lead auditor"));
            rows.add(row("/api/scam-contacts/lookup?channel=PHONE&contact=" + encode(NUMBER.value()), user,
                    "agent lead auditor"));
            rows.add(row("/api/scam-contacts/export", user, "lead auditor"));
            rows.add(row("/api/audit/scam-contacts/" + CONFIRMED + "/events", user, "auditor"));
        }
        return rows.stream();
    }

    private static Row row(String path, String user, String readers) {
        if (user == null) {
            return new Row(path, null, 401);
        }
        return new Row(path, user, List.of(readers.split(" ")).contains(user) ? 200 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void whoMayReadWhat(Row row) throws Exception {
        HttpResponse<String> response = send(row.path(), row.user());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(row.status());
        if (row.status() >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).contains(row.status() == 401 ? "\"UNAUTHENTICATED\"" : "\"FORBIDDEN\"");
        }
    }

    private static ScamContactReported reported(NormalisedContact contact, String customer, CaseId caseId, Money loss,
                                                Instant at) {
        return new ScamContactReported(contact.contactId(), UUID.randomUUID(), contact.channel(), contact.value(),
                contact.channel() == ScamChannel.WEBSITE ? "https://www." + contact.value() + "/x" : null, BRAND,
                customer, caseId, "They asked for my delivery code.", at.minusSeconds(3600), loss,
                loss == null ? null : TenderMethod.CARD, at);
    }

    private void publish(ScamContactId contact, long sequence, Object event) {
        String actor = event instanceof ScamContactReported ? "agent" : event instanceof ScamContactSuspected ? null : "lead";
        MetaData metaData = actor == null ? MetaData.emptyInstance()
                : MetaData.with("actor", actor).and("role", actor.equals("agent") ? "AGENT" : "ESCALATION");
        eventStore.publish(new GenericDomainEventMessage<>("ScamContact", contact.toString(), sequence, event, metaData));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode get(String path, String user) throws Exception {
        HttpResponse<String> response = send(path, user);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
