package org.disputes.command.cases;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.disputes.api.CaseStatus;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecideCase;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.refund.RefundIssued;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AdjudicationTest {

    @Test
    void silenceIsRefundedWhenTheWindowCloses() {
        AggregateTestFixture<DisputeCase> fixture = new AggregateTestFixture<>(DisputeCase.class);
        fixture.registerInjectableResource(CaseFixtures.calendar());
        fixture.registerInjectableResource(CaseFixtures.adjudicator());
        fixture.given(CaseFixtures.claim().filed(CaseFixtures.NOW.minus(Duration.ofDays(4))))
                .when(new DecideCase(CaseFixtures.CASE_ID))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(CaseDecided.class),
                                org.hamcrest.Matchers.instanceOf(RefundIssued.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }
}
