package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scam contacts end to end, both services as processes of their own on PostgreSQL, over HTTP: reports of one number
 * written differently meet in one contact, rule SCAM-1 suspects it, a lead confirms it and the STIX export shares it
 * without a customer in it; a dismissed contact is never exported; simultaneous reports of a new contact make one
 * contact; a rebuild of the views restores every contact.
 */
class ScamContactStoriesTest {

    private static Api commands;
    private static Api queries;

    @BeforeAll
    static void start() throws Exception {
        commands = RunningSystem.get().commands();
        queries = RunningSystem.get().queries();
    }

    @Test
    void threeCustomersReportOneNumberALeadConfirmsItAndTheExportSharesIt() throws Exception {
        String digits = "6%02d%02d%02d%02d".formatted(12, rnd(), rnd(), rnd());
        String e164 = "+33" + digits;
        String customer1 = Stories.uniqueCustomer();
        String customer2 = Stories.uniqueCustomer();
        String customer3 = Stories.uniqueCustomer();
        String caseId = Steps.file(Stories.deliveryClaim(customer1));

        // the case's jurisdiction (FR) reads the national form; the others are international, or say their country
        String contactId = report(customer1, "PHONE", "0" + spaced(digits), Map.of("caseId", caseId));
        assertThat(report(customer2, "PHONE", "0033." + dotted(digits), Map.of())).isEqualTo(contactId);
        assertThat(report(customer3, "PHONE", "0" + digits, Map.of("country", "FR"))).isEqualTo(contactId);

        JsonNode contact = awaitContact(contactId, c -> c.path("reports").asLong() == 3
                && "SUSPECTED".equals(c.path("status").asString()));
        assertThat(contact.path("status").asString()).isEqualTo("SUSPECTED");
        assertThat(contact.path("contact").asString()).isEqualTo(e164);
        assertThat(contact.path("customers").asLong()).isEqualTo(3);
        assertThat(contact.path("caseIds").toString()).isEqualTo("[\"" + caseId + "\"]");
        assertThat(contact.path("history").toString()).contains("Suspected by rule SCAM-1");

        JsonNode view = Poll.until(() -> queries.get("/api/cases/" + caseId, "agent").body(),
                v -> v.path("scamReports").size() == 1, Steps.PATIENCE);
        assertThat(view.at("/scamReports/0/contactId").asString()).isEqualTo(contactId);
        assertThat(view.at("/scamReports/0/contact").asString()).isEqualTo(e164);
        assertThat(queries.get("/api/cases/" + caseId + "/timeline", "agent").text())
                .contains("A scam report was linked to the case: phone contact " + e164);

        Api.Response confirmed = commands.post("/api/scam-contacts/" + contactId + "/confirm", "lead",
                Map.of("justification", "Three customers were asked for their delivery codes by this number."));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(202);
        awaitContact(contactId, c -> "CONFIRMED".equals(c.path("status").asString()));

        Api.Response export = queries.get("/api/scam-contacts/export?status=CONFIRMED", "auditor");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo("application/stix+json;version=2.1");
        assertThat(export.at("/type")).isEqualTo("bundle");
        List<JsonNode> indicators = objects(export.body(), "indicator",
                o -> o.path("pattern").asString().equals("[x-disputes-phone-number:value = '" + e164 + "']"));
        assertThat(indicators).hasSize(1);
        String indicatorId = indicators.get(0).path("id").asString();
        List<JsonNode> sightings = objects(export.body(), "sighting",
                o -> o.path("sighting_of_ref").asString().equals(indicatorId));
        assertThat(sightings).hasSize(1);
        assertThat(sightings.get(0).path("count").asInt()).isEqualTo(3);
        assertThat(export.text()).doesNotContain(customer1).doesNotContain(customer2).doesNotContain(customer3)
                .doesNotContain(caseId);

        JsonNode events = queries.get("/api/audit/scam-contacts/" + contactId + "/events", "auditor").body();
        List<String> told = new ArrayList<>();
        events.forEach(e -> told.add(e.path("type").asString() + " by " + e.at("/metadata/actor").asString()));
        assertThat(told).containsExactly("ScamContactReported by agent", "ScamContactReported by agent",
                "ScamContactReported by agent", "ScamContactSuspected by agent", "ScamContactConfirmed by lead");
    }

    @Test
    void aDismissedContactNeverAppearsInAnExport() throws Exception {
        String domain = "amazon-" + UUID.randomUUID().toString().substring(0, 8) + ".co.uk";
        String contactId = null;
        for (String url : List.of("https://Login." + domain + "/x", domain + ".", "http://" + domain + ":8080")) {
            String id = report(Stories.uniqueCustomer(), "WEBSITE", url, Map.of());
            assertThat(contactId == null || contactId.equals(id)).as(url).isTrue();
            contactId = id;
        }
        String id = contactId;
        awaitContact(id, c -> "SUSPECTED".equals(c.path("status").asString()));
        assertThat(queries.get("/api/scam-contacts/export?status=SUSPECTED", "lead").text()).contains(domain);

        Api.Response dismissed = commands.post("/api/scam-contacts/" + id + "/dismiss", "lead",
                Map.of("justification", "The brand confirmed this is its own refund portal."));
        assertThat(dismissed.status()).as(dismissed.text()).isEqualTo(202);
        report(Stories.uniqueCustomer(), "WEBSITE", "https://" + domain + "/again", Map.of());
        JsonNode contact = awaitContact(id, c -> c.path("reports").asLong() == 4);
        assertThat(contact.path("status").asString()).as("later reports still count, the dismissal stands")
                .isEqualTo("DISMISSED");
        for (String status : List.of("CONFIRMED", "SUSPECTED", "REPORTED")) {
            assertThat(queries.get("/api/scam-contacts/export?status=" + status, "auditor").text())
                    .as(status).doesNotContain(domain);
        }
        assertThat(queries.get("/api/scam-contacts/export?status=DISMISSED", "auditor").status()).isEqualTo(400);
        Api.Response referral = commands.post("/api/scam-contacts/" + id + "/referred", "lead",
                Map.of("agency", "Action Fraud"));
        assertThat(referral.status()).isEqualTo(409);
        assertThat(referral.at("/code")).isEqualTo("SCAM_CONTACT_NOT_CONFIRMED");
    }

    @Test
    void twentySimultaneousReportsOfANewContactMakeOneContactWithTwentyReports() throws Exception {
        String address = "Support-" + UUID.randomUUID().toString().substring(0, 8) + "@Amazon-Help.example.com";
        int reporters = 20;
        CountDownLatch ready = new CountDownLatch(reporters);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reporters);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < reporters; i++) {
                Map<String, Object> body = reportBody(Stories.uniqueCustomer(), "EMAIL",
                        i % 2 == 0 ? address : address.toLowerCase(), Map.of());
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return commands.post("/api/scam-reports", "agent", body);
                }));
            }
            ready.await();
            go.countDown();
            Set<String> contactIds = new TreeSet<>();
            Set<String> reportIds = new TreeSet<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                assertThat(response.status()).as(response.text()).isEqualTo(201);
                contactIds.add(response.at("/contactId"));
                reportIds.add(response.at("/reportId"));
            }
            assertThat(contactIds).hasSize(1);
            assertThat(reportIds).hasSize(reporters);
            String contactId = contactIds.iterator().next();
            JsonNode contact = awaitContact(contactId, c -> c.path("reports").asLong() == reporters);
            assertThat(contact.path("reports").asLong()).isEqualTo(reporters);
            assertThat(contact.path("reportList").size()).isEqualTo(reporters);
            assertThat(contact.path("contact").asString()).isEqualTo(address.toLowerCase());
            assertThat(contact.path("status").asString()).isEqualTo("SUSPECTED");
            assertThat(queries.get("/api/audit/scam-contacts/" + contactId + "/events", "auditor").body().size())
                    .as("twenty reports and one suspicion, in one stream").isEqualTo(reporters + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRebuildOfTheViewsRestoresEveryContact() throws Exception {
        String sender = "AMZ" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String contactId = report(Stories.uniqueCustomer(), "SMS", sender.toLowerCase(), Map.of());
        report(Stories.uniqueCustomer(), "SMS", sender, Map.of());
        JsonNode before = awaitContact(contactId, c -> c.path("reports").asLong() == 2);
        String list = queries.get("/api/scam-contacts?channel=SMS&size=200", "agent").text();

        RunningSystem.get().restartQueries(List.of("--disputes.query.rebuild=true"));

        assertThat(queries.get("/api/scam-contacts/" + contactId, "agent").body()).isEqualTo(before);
        assertThat(queries.get("/api/scam-contacts?channel=SMS&size=200", "agent").text()).isEqualTo(list);
        Api.Response found = queries.get("/api/scam-contacts/lookup?channel=SMS&contact=" + sender, "agent");
        assertThat(found.at("/contactId")).isEqualTo(contactId);
        RunningSystem.get().restartQueries(List.of());
    }

    private static String report(String customer, String channel, String contact, Map<String, Object> extra)
            throws Exception {
        Api.Response answer = commands.post("/api/scam-reports", "agent", reportBody(customer, channel, contact, extra));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.at("/contactId");
    }

    private static Map<String, Object> reportBody(String customer, String channel, String contact,
                                                  Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("contact", contact);
        body.put("impersonatedBrand", "Amazon");
        body.put("customerId", customer);
        body.put("description", "They said they were the carrier and asked for my code.");
        body.putAll(extra);
        return body;
    }

    private static JsonNode awaitContact(String contactId, java.util.function.Predicate<JsonNode> done)
            throws Exception {
        JsonNode contact = Poll.until(() -> queries.get("/api/scam-contacts/" + contactId, "agent").body(), done,
                Steps.PATIENCE);
        assertThat(done.test(contact)).as(contact.toString()).isTrue();
        return contact;
    }

    private static List<JsonNode> objects(JsonNode bundle, String type, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        bundle.path("objects").forEach(o -> {
            if (type.equals(o.path("type").asString()) && which.test(o)) {
                found.add(o);
            }
        });
        return found;
    }

    private static String spaced(String digits) {
        return digits.charAt(0) + " " + digits.substring(1, 3) + " " + digits.substring(3, 5) + " "
                + digits.substring(5, 7) + " " + digits.substring(7);
    }

    private static String dotted(String digits) {
        return spaced(digits).replace(' ', '.');
    }

    private static int rnd() {
        return ThreadLocalRandom.current().nextInt(100);
    }
}
