package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's webhook pages in a real Chromium (issue #17): the operator subscribes a receiver this test runs,
 * sees its secret once, watches a claim an agent files reach it in the delivery log, rotates the secret, deactivates
 * the subscription and deletes it after a confirmation. Nobody else may open these pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorPagesTest {

    /** The delivery is queued from the event store and sent by the workers within a second or two. */
    private static final Duration DELIVERED = Duration.ofSeconds(30);
    private ConsoleSystem system;

    @BeforeAll
    void start() throws Exception {
        system = ConsoleSystem.get();
    }

    @Test
    void theOperatorSubscribesAReceiverSeesTheSecretOnceAndWatchesAClaimDelivered() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering200();
             Browser ops = new Browser(system.console(), "operator")) {
            ops.signIn("ops");
            assertThat(ops.path()).isEqualTo("/webhooks");
            assertThat(ops.text()).contains("Webhook subscriptions", "Signed in as ops (operator)")
                    .doesNotContain("Cases", "Agent queue");
            ops.look("webhooks");

            ops.clickLink("New subscription");
            ops.type("URL", "not an address");
            ops.type("Seller (optional)", "SELLER 1 with spaces");
            ops.click("Subscribe");
            assertThat(ops.path()).isEqualTo("/webhooks/new");
            assertThat(ops.text()).contains("Nothing was recorded", "must name at least one event type")
                    .doesNotContain("whsec_");
            assertThat(ops.driver().findElements(By.cssSelector("#e-url, #e-events, #e-sellerId"))).hasSize(3);
            assertThat(ops.field("URL").getAttribute("aria-invalid")).isEqualTo("true");
            ops.look("subscribe-refused");

            ops.type("URL", receiver.url());
            ops.type("Seller (optional)", "");
            ops.field("case.opened").click();
            ops.field("case.decided").click();
            ops.type("Description", "Claims desk of the browser story");
            ops.look("subscribe-form");
            ops.click("Subscribe");
            assertThat(ops.text()).contains("Subscription created", "Copy this secret now: it will not be shown again.");
            String secret = ops.driver().findElement(By.id("secret")).getText();
            assertThat(secret).startsWith("whsec_");
            ops.look("secret-once");

            ops.clickLink("Go to the subscription");
            String page = ops.path();
            assertThat(page).startsWith("/webhooks/");
            assertThat(ops.text()).contains(receiver.url(), "case.opened", "case.decided", "Active",
                    "Claims desk of the browser story").doesNotContain(secret);
            ops.look("subscription");

            Map<String, Object> claim = Stories.deliveryClaim(Stories.uniqueCustomer());
            claim.put("orderId", "HOOK-" + System.nanoTime());
            Api.Response filed = system.commands().post("/api/delivery-claims", "agent", claim);
            assertThat(filed.status()).isEqualTo(201);
            String caseId = filed.at("/caseId");

            WebElement row = deliveredRow(ops, caseId);
            assertThat(row.getText()).contains("case.opened", "Delivered", "200");
            assertThat(receiver.acceptedFor(caseId)).extracting(WebhookReceiver.Received::type)
                    .contains("case.opened");
            ops.look("delivery-log");

            ops.click("Rotate secret");
            assertThat(ops.text()).contains("Secret rotated", "Copy this secret now: it will not be shown again.",
                    "The previous secret keeps signing");
            String rotated = ops.driver().findElement(By.id("secret")).getText();
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
            ops.look("secret-rotated");

            ops.go(page);
            assertThat(ops.text()).doesNotContain(rotated);
            ops.click("Deactivate");
            assertThat(ops.path()).isEqualTo(page);
            assertThat(ops.text()).contains("Inactive");
            assertThat(ops.driver().findElements(By.xpath("//button[normalize-space()='Activate']"))).hasSize(1);
            ops.look("deactivated");

            ops.go(page + "?lang=fr");
            assertThat(ops.text()).contains("Abonnement webhook", "Inactif", "Journal des envois", "Remis");
            ops.look("subscription-fr");
            ops.clickLink("English");

            ops.clickLink("Webhooks");
            assertThat(ops.text()).contains(receiver.url(), "Inactive", "Claims desk of the browser story", " delivered, ");
            ops.look("webhooks-listed");
            ops.clickLink(receiver.url());

            ops.click("Delete");
            assertThat(ops.text()).contains("Delete this subscription?", receiver.url());
            ops.look("delete-confirm");
            ops.click("Delete for good");
            assertThat(ops.path()).isEqualTo("/webhooks");
            assertThat(ops.text()).contains("The subscription was deleted").doesNotContain(receiver.url());
            ops.look("deleted");

            ops.go("/cases");
            assertThat(ops.text()).contains("Not allowed");
        }
    }

    @Test
    void anAgentGetsThe403PageOnTheWebhooks() throws Exception {
        try (Browser agent = new Browser(system.console(), "operator-forbidden")) {
            agent.signIn("agent");
            assertThat(agent.text()).doesNotContain("Webhooks");
            agent.go("/webhooks");
            assertThat(agent.text()).contains("Not allowed", "This page or action is not open to your role.");
            agent.look("agent-forbidden");
        }
    }

    /** Reloads the subscription's page until its log shows the case's delivery as delivered, or the patience ends. */
    private static WebElement deliveredRow(Browser ops, String caseId) {
        By row = By.xpath("//table[contains(@class,'deliveries')]/tbody/tr[.//p[contains(., '" + caseId + "')]]");
        long deadline = System.nanoTime() + DELIVERED.toNanos();
        while (true) {
            List<WebElement> rows = ops.driver().findElements(row);
            if (!rows.isEmpty() && rows.get(0).getText().contains("Delivered")) {
                return rows.get(0);
            }
            assertThat(System.nanoTime()).as("the log shows case %s's delivery as delivered", caseId)
                    .isLessThan(deadline);
            ops.driver().navigate().refresh();
        }
    }
}
