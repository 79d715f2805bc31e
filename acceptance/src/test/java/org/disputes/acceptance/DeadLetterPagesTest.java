package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's dead letters in a real Chromium, over the real services: a stored event that nothing can read (as a
 * faulty release or a damaged row would leave) is parked, not skipped, by the views, the adjudication and the
 * webhooks' feed (which reads it because a receiver subscribed to opened cases); the operator sees it on one page for
 * both services, retries it (it fails again, and still waits), and evicts it after a confirmation. Nobody else may
 * open the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterPagesTest {

    private static final Duration PARKED = Duration.ofSeconds(30);
    private ConsoleSystem system;

    @BeforeAll
    void start() throws Exception {
        system = ConsoleSystem.get();
    }

    @Test
    void theOperatorSeesAnUnreadableEventParkedByBothServicesRetriesAndEvictsIt() throws Exception {
        String caseId = UUID.randomUUID().toString();
        // the feed reads only the kinds some subscription wants: a receiver of opened cases makes it read the claim
        try (WebhookReceiver receiver = WebhookReceiver.answering200();
             OpenedCasesSubscription subscribed = OpenedCasesSubscription.to(receiver);
             Browser ops = new Browser(system.console(), "dead-letters")) {
            storeUnreadableClaim(caseId);
            ops.signIn("ops");
            ops.clickLink("Dead letters");
            assertThat(ops.path()).isEqualTo("/dead-letters");
            ops.reloadUntil("AdjudicationSagaProcessor", PARKED);
            ops.reloadUntil("case-views", PARKED);
            ops.reloadUntil("webhooks", PARKED);
            assertThat(ops.text()).contains("Dead letters", caseId, "DeliveryClaimFiled", "command service",
                    "query service", "The stored event could not be read.")
                    .doesNotContain("Exception", "not a purchase");
            for (String group : new String[]{"AdjudicationSagaProcessor", "webhooks", "case-views"}) {
                // the saga's processor hands the event to each of its segments: it is parked once all the same
                assertThat(ops.driver().findElement(rowOf(group)).findElement(By.xpath("./td[5]")).getText())
                        .as("events waiting in %s", group).isEqualTo("1");
            }
            ops.look("dead-letters");

            rowButton(ops, "case-views", "Retry");
            assertThat(ops.path()).isEqualTo("/dead-letters");
            assertThat(ops.text()).contains("The first event of " + caseId + " failed again", "case-views");
            ops.look("retry-failed-again");

            rowButton(ops, "case-views", "Evict");
            assertThat(ops.text()).contains("Evict these events?", caseId, "case-views", "never handled");
            ops.look("evict-confirm");
            ops.click("Evict for good");
            assertThat(ops.path()).isEqualTo("/dead-letters");
            assertThat(ops.text()).contains("The events of " + caseId + " were evicted");
            assertThat(ops.driver().findElements(rowOf("case-views"))).isEmpty();
            ops.look("evicted");

            ops.go("/dead-letters?lang=fr");
            assertThat(ops.text()).contains("Lettres mortes", "service de commandes", "Réessayer", "Écarter");
            ops.look("dead-letters-fr");
            ops.clickLink("English");

            // the command side's too, so that nothing of this story waits for the next
            for (String group : new String[]{"AdjudicationSagaProcessor", "webhooks"}) {
                rowButton(ops, group, "Evict");
                ops.click("Evict for good");
                assertThat(ops.driver().findElements(rowOf(group))).isEmpty();
            }
            assertThat(ops.text()).contains("Nothing waits");
        }
    }

    /** A receiver's subscription to opened cases for the story's length, deleted however the story ends. */
    private record OpenedCasesSubscription(String webhookId) implements AutoCloseable {

        static OpenedCasesSubscription to(WebhookReceiver receiver) throws Exception {
            Api.Response created = ConsoleSystem.get().commands().post("/api/webhooks", "ops", Map.of(
                    "url", receiver.url(), "events", List.of("case.opened"), "description", "dead letters story"));
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            return new OpenedCasesSubscription(created.at("/webhookId"));
        }

        @Override
        public void close() throws Exception {
            Api.Response deleted = ConsoleSystem.get().commands().delete("/api/webhooks/" + webhookId, "ops");
            assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
        }
    }

    @Test
    void anAgentGetsThe403PageOnTheDeadLetters() throws Exception {
        try (Browser agent = new Browser(system.console(), "dead-letters-forbidden")) {
            agent.signIn("agent");
            assertThat(agent.text()).doesNotContain("Dead letters");
            agent.go("/dead-letters");
            assertThat(agent.text()).contains("Not allowed");
        }
    }

    /** A claim's first event as stored, but with a purchase no version of the code can read. */
    private void storeUnreadableClaim(String caseId) throws Exception {
        try (Connection db = system.database(); PreparedStatement insert = db.prepareStatement("""
                insert into command.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                    type, timestamp, payload_type, payload, meta_data)
                values (gen_random_uuid()::text, ?, 0, 'DisputeCase',
                        to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'org.disputes.api.claim.DeliveryClaimFiled', convert_to(?, 'UTF8'),
                        convert_to('{"actor":"agent","role":"AGENT"}', 'UTF8'))""")) {
            insert.setString(1, caseId);
            insert.setString(2, "{\"caseId\":\"" + caseId + "\",\"purchase\":\"not a purchase\"}");
            insert.executeUpdate();
        }
    }

    private static By rowOf(String group) {
        return By.xpath(row(group));
    }

    private static String row(String group) {
        return "//table[contains(@class,'dead-letters')]/tbody/tr[.//p[normalize-space()='" + group + "']]";
    }

    /** Clicks a row's button and waits for the page it leads to. */
    private static void rowButton(Browser browser, String group, String button) {
        browser.click(By.xpath(row(group) + "//button[normalize-space()='" + button + "']"));
    }
}
