package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy officer's pages in a real Chromium (issue #18): the officer files an erasure request, confirms it,
 * and finds it in the register; the evidence store's receiver is told which evidence locations to delete; the agent
 * then reads "[erased]" where the customer's words were, and the regulator reads the same register.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyPagesTest {

    private ConsoleSystem system;

    @BeforeAll
    void start() throws Exception {
        system = ConsoleSystem.get();
    }

    @Test
    void theOfficerErasesACustomerAfterConfirmingAndTheRegisterAndTheCaseShowIt() throws Exception {
        try (WebhookReceiver evidenceStore = WebhookReceiver.answering200();
             Browser dpo = new Browser(system.console(), "privacy");
             Browser agent = new Browser(system.console(), "privacy-agent");
             Browser auditor = new Browser(system.console(), "privacy-regulator")) {
            Api.Response subscribed = system.commands().post("/api/webhooks", "ops",
                    Map.of("url", evidenceStore.url(), "events", List.of("customer.erased")));
            assertThat(subscribed.status()).as(subscribed.text()).isEqualTo(201);

            String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
            String customer = Stories.uniqueCustomer();
            Map<String, Object> claim = Stories.deliveryClaim(customer);
            claim.put("statement", "My neighbour saw nobody come " + marker);
            String caseId = system.commands().post("/api/delivery-claims", "agent", claim).at("/caseId");
            Map<String, Object> evidence = Stories.evidence("CUSTOMER", "COMMUNICATION_LOG", Map.of());
            evidence.put("uri", "https://evidence.example/" + marker + "/call-log");
            Api.Response added = system.commands().post("/api/cases/" + caseId + "/evidence", "agent", evidence);
            assertThat(added.status()).as(added.text()).isEqualTo(202);

            agent.signIn("agent");
            agent.go("/cases/" + caseId);
            agent.reloadUntil(marker, Duration.ofSeconds(20));
            assertThat(agent.text()).contains("My neighbour saw nobody come " + marker);

            dpo.signIn("dpo");
            assertThat(dpo.path()).isEqualTo("/erasures");
            assertThat(dpo.text()).contains("Erasure register").doesNotContain("Agent queue", "Webhooks");
            dpo.clickLink("Erase a customer");
            dpo.type("Customer id", customer);
            dpo.type("Request reference", "DSR-BROWSER-1");
            dpo.type("Legal basis", "GDPR art. 17(1)(a)");
            dpo.look("erasure-form");
            dpo.click("Continue");
            assertThat(dpo.text()).contains("Erase this customer's personal data?", customer, "This cannot be undone");
            dpo.look("erasure-confirm");
            dpo.click("Erase for good");
            assertThat(dpo.path()).isEqualTo("/erasures");
            assertThat(dpo.text()).contains("The personal data of " + customer + " was erased.");
            // the register is the query side's: it shows the erasure once projected
            dpo.reloadUntil("DSR-BROWSER-1", Duration.ofSeconds(20));
            assertThat(dpo.text()).contains(customer, "DSR-BROWSER-1", "GDPR art. 17(1)(a)", "Signed in as dpo (privacy officer)");
            dpo.look("erasure-register");

            // the evidence store learns what to delete
            List<WebhookReceiver.Received> told = Poll.until(() -> evidenceStore.accepted().stream()
                    .filter(r -> "customer.erased".equals(r.type())).toList(), l -> !l.isEmpty(), Duration.ofSeconds(30));
            JsonNode data = told.get(0).json().path("data");
            assertThat(data.path("customerId").asString()).isEqualTo(customer);
            assertThat(data.path("evidenceLocations").toString()).contains("https://evidence.example/" + marker + "/call-log");

            agent.reloadUntil("[erased]", Duration.ofSeconds(20));
            assertThat(agent.text()).contains("[erased]").doesNotContain(marker);

            auditor.signIn("auditor");
            auditor.go("/erasures");
            assertThat(auditor.text()).contains("Erasure register", customer, "DSR-BROWSER-1", "dpo")
                    .doesNotContain("Erase a customer");
            auditor.look("erasure-register-regulator");
        }
    }
}
