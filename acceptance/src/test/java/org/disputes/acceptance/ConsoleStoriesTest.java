package org.disputes.acceptance;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's stories in a real Chromium, against the three applications as separate processes on PostgreSQL
 * (CONSOLE.md): people file, prove, decide, appeal and audit through the pages, by their labels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleStoriesTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Duration DECIDED = ConsoleSystem.RESPONSE_WINDOW.plusSeconds(30);

    private ConsoleSystem system;
    /** Filed through the API at the start, so that their windows run while the other stories run. */
    private String signedCase;
    private String silentCase;
    private String sellersCase;
    private String otherSellersCase;
    private String otherCarriersCase;

    @BeforeAll
    void start() throws Exception {
        system = ConsoleSystem.get();
        Map<String, Object> signed = Stories.deliveryClaim(Stories.uniqueCustomer());
        signed.put("orderId", "S3-" + suffix());
        signed.put("deliveryMethod", "SIGNATURE");
        signedCase = file(signed);
        addEvidence(signedCase, "carrier", Stories.evidence("CARRIER", "SIGNATURE", Map.of("signerIsRecipient", true)));
        Map<String, Object> silent = Stories.deliveryClaim(Stories.uniqueCustomer());
        silent.put("orderId", "S9-" + suffix());
        silentCase = file(silent);
        Map<String, Object> sellers = Stories.deliveryClaim(Stories.uniqueCustomer());
        sellers.put("orderId", "MINE-" + suffix());
        sellersCase = file(sellers);
        Map<String, Object> others = Stories.deliveryClaim(Stories.uniqueCustomer());
        others.put("orderId", "THEIRS-" + suffix());
        others.put("sellerId", "SELLER-2");
        others.put("carrierId", "CARRIER-2");
        otherSellersCase = file(others);
        otherCarriersCase = otherSellersCase;
    }

    @Test
    void s1_anAgentFilesTheClaimAndItsEvidenceThroughTheFormsAndSeesTheRefund() throws Exception {
        try (Browser agent = browser("s1")) {
            agent.signIn("agent");
            assertThat(agent.path()).isEqualTo("/queues/agent");
            agent.look("agent-queue");

            agent.go("/claims/new");
            String order = "S1-" + suffix();
            fillClaim(agent, order, Stories.uniqueCustomer());
            agent.look("claim-form");
            agent.click("File claim");
            assertThat(agent.path()).startsWith("/cases/");
            assertThat(agent.text()).contains(order, "Open");
            agent.look("case-filed");

            addEvidence(agent, "CUSTOMER", "COMMUNICATION_LOG", Map.of("otpRequestedRemotely", "true"));
            agent.look("case-evidence-form");
            agent.click("Add evidence");
            assertThat(agent.text()).contains("COMMUNICATION_LOG");
            addEvidence(agent, "CARRIER", "OTP_CONFIRMATION", Map.of("channel", "IN_PERSON"));
            agent.click("Add evidence");
            assertThat(agent.text()).contains("OTP_CONFIRMATION");
            addEvidence(agent, "CARRIER", "CARRIER_SCAN", Map.of());
            agent.click("Add evidence");
            assertThat(agent.text()).contains("CARRIER_SCAN");

            agent.reloadUntil("Refunded", DECIDED);
            String page = agent.text();
            assertThat(page).contains("INR-2", "OTP_REMOTE_DISCLOSURE", "CARD", "€1,000.00", "GIFT_CARD", "€229.00");
            assertThat(page).containsPattern("OTP_CONFIRMATION \\(evidence [0-9a-f]{8}\\) was disregarded");
            assertThat(page).contains("requested");
            assertThat(page).contains("The customer's statement",
                    "The courier phoned, said my code was invalid, and never came back.");
            assertReasonsWordedAsRecorded(agent, caseIdOf(agent));
            agent.look("case-refunded");

            agent.clickLink("Français");
            String french = agent.text();
            assertThat(french).contains("Remboursé", "INR-2", "Le vendeur n'a pas prouvé la livraison : remboursement.",
                    "1 000,00 €");
            agent.look("case-refunded-fr");
            JsonNode view = system.queries().get("/api/cases/" + caseIdOf(agent), "agent").body();
            if (!view.path("decision").path("reasonDetails").isMissingNode()) {
                assertThat(french).contains("a été écarté et n'a compté pour rien");
            }
            agent.clickLink("English");
        }
    }

    @Test
    void theReasonsOfADecisionReadInFrenchWhenTheServiceGivesThemAsCodes() throws Exception {
        awaitStatus(silentCase, "REFUNDED");
        JsonNode view = system.queries().get("/api/cases/" + silentCase, "agent").body();
        assertThat(view.path("decision").has("reasonDetails")).as("the decision's reasons as codes").isTrue();
        try (Browser agent = browser("french")) {
            agent.signIn("agent");
            agent.go("/cases/" + silentCase + "?lang=fr");
            String page = agent.text();
            assertThat(page).contains("Remboursé", "La preuve de la livraison incombe au vendeur");
            assertThat(page).doesNotContain("The seller carries the burden");
            agent.look("case-fr-reasons");
            agent.go("/cases/" + silentCase + "?lang=en");
            assertReasonsWordedAsRecorded(agent, silentCase);
        }
    }

    @Test
    void s3_theLeadDeniesAndConfirmsTheAgentAppealsTheLeadRefunds() throws Exception {
        awaitStatus(signedCase, "ESCALATED");
        try (Browser lead = browser("s3-lead"); Browser agent = browser("s3-agent")) {
            lead.signIn("lead");
            assertThat(lead.path()).isEqualTo("/queues/escalation");
            assertThat(lead.text()).contains(orderOf(signedCase));
            lead.look("escalation-queue");
            lead.go("/cases/" + signedCase);
            assertThat(lead.text()).contains("Escalated", "INR-4", "Tier 2");
            assertReasonsWordedAsRecorded(lead, signedCase);
            lead.look("case-escalated");

            lead.field("Deny").click();
            lead.type("Justification", "too short");
            lead.click("Record decision");
            assertThat(lead.text()).contains("Write at least 20 characters.");
            lead.look("decision-refused");
            lead.field("Deny").click();
            lead.type("Justification", "Signed by the recipient at the door; no rebuttal on file.");
            lead.click("Record decision");
            assertThat(lead.text()).contains("This decision is final unless appealed.");
            lead.look("decision-confirm");
            lead.click("Confirm");
            assertThat(lead.text()).contains("Denied", "lead");
            lead.look("case-denied");

            agent.signIn("agent");
            agent.go("/cases/" + signedCase);
            assertThat(agent.text()).doesNotContain("Record decision");
            agent.type("Reason", "The customer was abroad that week and has the boarding passes.");
            agent.look("appeal-form");
            agent.click("Appeal");
            assertThat(agent.text()).contains("Appealed");
            agent.look("case-appealed");

            lead.go("/queues/escalation");
            assertThat(lead.text()).contains(orderOf(signedCase));
            lead.go("/cases/" + signedCase);
            lead.field("Refund").click();
            lead.type("Justification", "The appeal shows the customer could not have signed.");
            lead.click("Record decision");
            lead.click("Confirm");
            assertThat(lead.text()).contains("Refunded", "CARD", "GIFT_CARD");
            lead.look("case-refunded-after-appeal");
            assertThat(lead.driver().findElements(By.xpath("//button[normalize-space()='Record decision']"))).isEmpty();
        }
    }

    @Test
    void theRegulatorVerifiesTheHistoryAndSeesTheCaseAsItStoodBeforeTheDecision() throws Exception {
        JsonNode decided = awaitStatus(silentCase, "REFUNDED");
        Instant before = Instant.parse(decided.path("decision").path("decidedAt").asString()).minusSeconds(1);
        try (Browser auditor = browser("regulator")) {
            auditor.signIn("auditor");
            assertThat(auditor.path()).isEqualTo("/cases");
            auditor.look("cases");
            auditor.go("/cases/" + silentCase);
            assertThat(auditor.text()).contains("Refunded").doesNotContain("Add evidence", "Record decision");
            auditor.look("case");
            auditor.clickLink("History and verification");
            assertThat(auditor.text()).contains("DeliveryClaimFiled", "CaseDecided", "agent", "policy");
            auditor.click("Verify");
            assertThat(auditor.text()).contains("The history is intact");
            auditor.look("history-verified");
            auditor.type("As it stood at", before.toString());
            auditor.click("Show the case as it stood");
            assertThat(auditor.text()).contains("The case as it stood at", "Open", "Not decided yet.");
            auditor.look("history-as-of");
            auditor.go("/stats");
            assertThat(auditor.text()).contains("Cases by status", "Decisions by rule");
            auditor.look("stats");
            auditor.go("/claims/new");
            assertThat(auditor.text()).contains("Not allowed");
            auditor.look("forbidden");
        }
    }

    @Test
    void sellersAndCarriersSeeOnlyTheirOwnCases() throws Exception {
        try (Browser seller = browser("seller"); Browser carrier = browser("carrier")) {
            seller.signIn("seller");
            assertThat(seller.path()).isEqualTo("/my-cases");
            assertThat(seller.text()).contains(orderOf(sellersCase)).doesNotContain(orderOf(otherSellersCase));
            assertThat(seller.driver().findElements(By.xpath("//td[normalize-space()='SELLER-2']"))).isEmpty();
            seller.look("my-cases");
            seller.go("/cases/" + sellersCase);
            assertThat(seller.text()).doesNotContain("OTP_REMOTE_DISCLOSURE", "Signals");
            seller.choose("Type", "SIGNATURE");
            new org.openqa.selenium.support.ui.WebDriverWait(seller.driver(), Browser.PATIENCE).until(d -> !d.findElements(
                    By.cssSelector("#evidence-attributes[data-type='SIGNATURE']")).isEmpty());
            seller.choose("signerIsRecipient", "true");
            seller.type("SHA-256", SHA);
            seller.type("Location (URI)", "https://evidence.example/seller-signature");
            seller.look("case-party-view");
            seller.click("Add evidence");
            assertThat(seller.text()).contains("SIGNATURE", "SELLER");
            seller.go("/cases/" + otherSellersCase);
            assertThat(seller.text()).containsAnyOf("Not found", "Not allowed");

            carrier.signIn("carrier");
            carrier.go("/cases/" + sellersCase);
            assertThat(carrier.text()).contains(orderOf(sellersCase));
            carrier.go("/cases/" + otherCarriersCase);
            assertThat(carrier.text()).containsAnyOf("Not found", "Not allowed").doesNotContain(orderOf(otherCarriersCase));
            carrier.look("other-carriers-case");
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndFilesNothing() throws Exception {
        try (Browser agent = browser("csrf")) {
            agent.signIn("agent");
            agent.go("/claims/new");
            String customer = Stories.uniqueCustomer();
            fillClaim(agent, "CSRF-" + suffix(), customer);
            agent.script("document.querySelector('form[action$=\"/claims/new\"] input[name=_csrf]').remove();"
                    + " arguments[arguments.length - 1]();");
            agent.click("File claim");
            assertThat(agent.text()).contains("Not allowed");
            agent.look("csrf-refused");
            assertThat(system.queries().get("/api/cases?customerId=" + customer, "agent").at("/total")).isEqualTo("0");
        }
    }

    @Test
    void aClaimFormSentTwiceFilesOneCase() throws Exception {
        try (Browser agent = browser("twice")) {
            agent.signIn("agent");
            agent.go("/claims/new");
            String customer = Stories.uniqueCustomer();
            fillClaim(agent, "TWICE-" + suffix(), customer);
            @SuppressWarnings("unchecked")
            List<String> landed = (List<String>) agent.script("""
                    const done = arguments[arguments.length - 1];
                    const form = [...document.forms].find(f => f.action.endsWith('/claims/new'));
                    const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                        .then(r => r.status + ' ' + new URL(r.url).pathname);
                    Promise.all([send(), send()]).then(done, e => done(['failed ' + e]));
                    """);
            assertThat(landed).hasSize(2);
            assertThat(landed.get(0)).startsWith("200 /cases/");
            assertThat(landed.get(1)).isEqualTo(landed.get(0));
            JsonNode found = Poll.until(() -> system.queries().get("/api/cases?customerId=" + customer, "agent").body(),
                    page -> page.path("total").asInt() > 0, Browser.PATIENCE);
            assertThat(found.path("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void theServicesProblemsAreSentencesNextToTheirFields() throws Exception {
        try (Browser agent = browser("problems")) {
            agent.signIn("agent");
            agent.go("/claims/new");
            agent.click("File claim");
            assertThat(agent.path()).isEqualTo("/claims/new");
            assertThat(agent.text()).contains("Nothing was recorded", "some fields need correcting");
            assertThat(agent.driver().findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
            agent.look("claim-refused");
        }
    }

    private static void fillClaim(Browser b, String order, String customer) {
        b.type("Order", order);
        b.type("Customer", customer);
        b.type("Seller", "SELLER-1");
        b.type("Carrier", "CARRIER-1");
        b.type("Courier", "COURIER-19");
        b.choose("Jurisdiction", "FR");
        b.choose("Delivery method", "SECURE_OTP");
        b.type("Amount", "1229.00");
        b.choose("Currency", "EUR");
        b.type("Delivered at (carrier's word)", "2024-06-25T15:40:00Z");
        b.type("Statement", "The courier phoned, said my code was invalid, and never came back.");
        new org.openqa.selenium.support.ui.Select(b.fields("Method").get(0)).selectByValue("CARD");
        b.fields("Tender amount").get(0).sendKeys("1000.00");
        b.click("Add tender");
        new org.openqa.selenium.support.ui.Select(b.fields("Method").get(1)).selectByValue("GIFT_CARD");
        b.fields("Tender amount").get(1).sendKeys("229.00");
    }

    private static void addEvidence(Browser b, String party, String type, Map<String, String> attributes) {
        b.choose("Party", party);
        b.choose("Type", type);
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Browser.PATIENCE).until(d -> !d.findElements(
                By.cssSelector("#evidence-attributes[data-type='" + type + "']")).isEmpty());
        b.type("SHA-256", SHA);
        b.type("Location (URI)", "https://evidence.example/" + type.toLowerCase());
        b.type("Description", type + " from " + party);
        attributes.forEach((name, value) -> {
            org.openqa.selenium.WebElement field = b.field(name);
            if ("select".equals(field.getTagName())) {
                new org.openqa.selenium.support.ui.Select(field).selectByValue(value);
            } else {
                field.sendKeys(value);
            }
        });
    }

    private Browser browser(String story) throws Exception {
        return new Browser(system.console(), story);
    }

    private String file(Map<String, Object> claim) throws Exception {
        Api.Response filed = system.commands().post("/api/delivery-claims", "agent", claim);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.at("/caseId");
    }

    private void addEvidence(String caseId, String user, Map<String, Object> evidence) throws Exception {
        Api.Response added = system.commands().post("/api/cases/" + caseId + "/evidence", user, evidence);
        assertThat(added.status()).as(added.text()).isEqualTo(202);
    }

    private JsonNode awaitStatus(String caseId, String status) throws Exception {
        JsonNode view = Poll.until(() -> system.queries().get("/api/cases/" + caseId, "agent").body(),
                v -> status.equals(v.path("status").asString()), DECIDED);
        assertThat(view.path("status").asString()).as(view.toString()).isEqualTo(status);
        return view;
    }

    private String orderOf(String caseId) throws Exception {
        return system.queries().get("/api/cases/" + caseId, "agent").at("/orderId");
    }

    /**
     * In English the console words every reason of the case's decision from its code in its own bundle (none shown
     * as the recorded sentence), and each reads exactly as the sentence the policy recorded with the decision.
     */
    private void assertReasonsWordedAsRecorded(Browser b, String caseId) throws Exception {
        JsonNode decision = system.queries().get("/api/cases/" + caseId, "agent").body().path("decision");
        List<String> recorded = decision.path("reasons").valueStream().map(JsonNode::asString).toList();
        List<WebElement> shown = b.driver().findElements(By.cssSelector("ul.reasons li"));
        assertThat(recorded).as("the decision's reasons").isNotEmpty();
        assertThat(shown).extracting(WebElement::getText).containsExactlyElementsOf(recorded);
        assertThat(shown).allSatisfy(reason -> assertThat(reason.getAttribute("class"))
                .as("worded from the bundle: " + reason.getAttribute("data-reason-code")).doesNotContain("recorded"));
    }

    private static String caseIdOf(Browser b) {
        return b.path().substring("/cases/".length());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
