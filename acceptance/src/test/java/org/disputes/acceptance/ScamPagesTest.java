package org.disputes.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scam pages in a real Chromium: an agent reports a number through the form and finds it again with the look-up
 * box; the escalation team confirms it from the contact's page. Needs API.md's scam endpoints, built on another
 * branch: where the query service of this build has none, the story is skipped, not passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScamPagesTest {

    private ConsoleSystem system;

    @BeforeAll
    void start() throws Exception {
        system = ConsoleSystem.get();
    }

    @Test
    void anAgentReportsANumberFindsItWithTheLookUpAndALeadConfirmsIt() throws Exception {
        // a Paris number (+33 1 followed by any eight digits is a valid French number), unique to this run
        String digits = "1" + String.valueOf(10_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000_000));
        String spaced = "+33 " + digits.charAt(0) + " " + digits.substring(1, 3) + " " + digits.substring(3, 5) + " "
                + digits.substring(5, 7) + " " + digits.substring(7);
        try (Browser agent = new Browser(system.console(), "scam-agent");
             Browser lead = new Browser(system.console(), "scam-lead")) {
            agent.signIn("agent");
            agent.go("/scam-reports/new");
            agent.choose("Channel", "PHONE");
            agent.type("Contact", spaced);
            agent.type("Impersonated brand", "Parcel Express");
            agent.type("Customer", Stories.uniqueCustomer());
            agent.type("Description", "Called about a parcel and asked for the delivery code.");
            agent.look("report-form");
            agent.click("Report");
            assertThat(agent.path()).startsWith("/scam-contacts/");
            assertThat(agent.text()).contains("+33" + digits, "Reported");
            agent.look("contact");
            String contactPage = agent.path();

            agent.go("/scam-contacts");
            agent.choose("Channel", "PHONE");
            agent.type("Contact", "+33" + digits);
            agent.click("Look up");
            assertThat(agent.text()).contains("+33" + digits);
            agent.look("lookup");

            lead.signIn("lead");
            lead.go(contactPage);
            lead.type("Justification", "Three customers and the brand confirm it is not their line.");
            lead.look("contact-actions");
            lead.click("Confirm as a scam");
            // the console shows the contact once its history has the confirmation, and the status read with it
            assertThat(lead.text()).contains("Status\nConfirmed", "Record the takedown");
            lead.look("contact-confirmed");

            // the takedown's time, typed as the console's other times are: local to its zone (Europe/Paris here)
            assertThat(lead.text()).contains("A date and time such as 2024-06-25 15:39 (Europe/Paris)");
            lead.type("Taken down at", "2026-11-20 10:00");
            lead.click("Record the takedown");
            assertThat(lead.text()).contains("It was taken down at 2026-11-20T09:00:00Z.");
            lead.look("contact-taken-down");
        }
    }
}
