package org.disputes.command.scam;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputes.api.scam.ConfirmScamContact;
import org.disputes.api.scam.DismissScamContact;
import org.disputes.api.scam.NormalisedContact;
import org.disputes.api.scam.RecordScamTakedown;
import org.disputes.api.scam.ReferScamContact;
import org.disputes.api.scam.ReportScamContact;
import org.disputes.api.scam.RequestScamTakedown;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.ScamContactConfirmed;
import org.disputes.api.scam.ScamContactDismissed;
import org.disputes.api.scam.ScamContactId;
import org.disputes.api.scam.ScamContactReferred;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactSuspected;
import org.disputes.api.scam.ScamTakedownRequested;
import org.disputes.command.cases.CaseConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** The life of a scam contact: reports, rule SCAM-1, a person's confirmation or dismissal, and acting on it. */
class ScamContactTest {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final NormalisedContact NUMBER = new NormalisedContact(ScamChannel.PHONE, "+33123456789");
    static final ScamContactId ID = NUMBER.contactId();

    private AggregateTestFixture<ScamContact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScamContact.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theThirdDistinctCustomerWithin30DaysMakesItSuspected() {
        ReportScamContact third = report("CUST-3");
        fixture.given(reported("CUST-1", NOW.minus(Duration.ofDays(29))), reported("CUST-2", NOW.minusSeconds(60)))
                .when(third)
                .expectResultMessagePayload(third.reportId())
                .expectEvents(reported(third, NOW), new ScamContactSuspected(ID, "SCAM-1",
                        "3 distinct customers reported it within 30 days (SCAM-1: 3 or more)", 3, NOW));
    }

    @Test
    void theFirstReportCreatesTheContactAndAnswersTheReportsId() {
        ReportScamContact first = report("CUST-1");
        fixture.givenNoPriorActivity()
                .when(first)
                .expectResultMessagePayload(first.reportId())
                .expectEvents(reported(first, NOW));
    }

    @Test
    void aRepeatedReportIsRecordedOnce() {
        ReportScamContact first = report("CUST-1");
        fixture.given(reported(first, NOW.minusSeconds(60)))
                .when(first)
                .expectResultMessagePayload(first.reportId())
                .expectNoEvents();
    }

    @Test
    void oneCustomerReportingThreeTimesIsNotThreeCustomers() {
        ReportScamContact again = report("CUST-1");
        fixture.given(reported("CUST-1", NOW.minusSeconds(120)), reported("CUST-1", NOW.minusSeconds(60)))
                .when(again)
                .expectEvents(reported(again, NOW));
    }

    @Test
    void reportsOlderThan30DaysDoNotCount() {
        ReportScamContact third = report("CUST-3");
        fixture.given(reported("CUST-1", NOW.minus(Duration.ofDays(31))), reported("CUST-2", NOW.minusSeconds(60)))
                .when(third)
                .expectEvents(reported(third, NOW));
    }

    @Test
    void aDismissedContactStillCountsReportsButIsNotSuspectedAgain() {
        ReportScamContact third = report("CUST-3");
        fixture.given(reported("CUST-1", NOW.minusSeconds(120)), reported("CUST-2", NOW.minusSeconds(60)),
                        new ScamContactDismissed(ID, "The brand's own support line.", "lead", NOW.minusSeconds(30)))
                .when(third)
                .expectEvents(reported(third, NOW));
    }

    @Test
    void aPersonConfirmsWithAJustification() {
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)))
                .when(new ConfirmScamContact(ID, "Three customers were asked for their codes.", "lead"))
                .expectEvents(new ScamContactConfirmed(ID, "Three customers were asked for their codes.", "lead", NOW));
    }

    @Test
    void confirmingTwiceIsAConflict() {
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)),
                        new ScamContactConfirmed(ID, "Three customers were asked for their codes.", "lead", NOW))
                .when(new ConfirmScamContact(ID, "Three customers were asked for their codes.", "lead"))
                .expectException(CaseConflict.class)
                .expectNoEvents();
    }

    @Test
    void takedownAndReferralOnlyOnAConfirmedContact() {
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)))
                .when(new ReferScamContact(ID, "Gendarmerie", "PV-1"))
                .expectException(CaseConflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("confirmed contact only"))
                .expectNoEvents();
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)))
                .when(new RecordScamTakedown(ID, NOW))
                .expectException(CaseConflict.class);
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)),
                        new ScamContactConfirmed(ID, "Three customers were asked for their codes.", "lead", NOW))
                .when(new RequestScamTakedown(ID, "Orange", "T-77"))
                .expectEvents(new ScamTakedownRequested(ID, "Orange", "T-77", NOW));
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)),
                        new ScamContactConfirmed(ID, "Three customers were asked for their codes.", "lead", NOW))
                .when(new ReferScamContact(ID, "Gendarmerie", "PV-1"))
                .expectEvents(new ScamContactReferred(ID, "Gendarmerie", "PV-1", NOW));
    }

    @Test
    void aDismissalCanBeUndoneByAConfirmationButNotRepeated() {
        ScamContactDismissed dismissed = new ScamContactDismissed(ID, "The brand's own support line.", "lead", NOW);
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)), dismissed)
                .when(new DismissScamContact(ID, "The brand's own support line.", "lead"))
                .expectException(CaseConflict.class);
        fixture.given(reported("CUST-1", NOW.minusSeconds(60)), dismissed)
                .when(new ConfirmScamContact(ID, "The brand says it never calls from this number.", "lead"))
                .expectSuccessfulHandlerExecution();
    }

    private static ReportScamContact report(String customer) {
        return new ReportScamContact(ID, UUID.randomUUID(), NUMBER, null, "Amazon", customer, null, null, null,
                null, null);
    }

    private static ScamContactReported reported(String customer, Instant at) {
        return reported(report(customer), at);
    }

    private static ScamContactReported reported(ReportScamContact report, Instant at) {
        return new ScamContactReported(ID, report.reportId(), ScamChannel.PHONE, NUMBER.value(), null, "Amazon",
                report.customerId(), null, null, null, null, null, at);
    }
}
