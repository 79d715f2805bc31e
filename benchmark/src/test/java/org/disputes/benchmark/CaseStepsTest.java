package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStepsTest {

    private final CaseSteps steps = new CaseSteps();

    @Test
    void withNoCaseReadyEachSlotStartsANewCaseWithItsClaim() {
        CaseSteps.Step first = steps.next();
        CaseSteps.Step second = steps.next();
        assertThat(first.index()).isZero();
        assertThat(second.index()).isZero();
        assertThat(second.caseNumber()).isEqualTo(first.caseNumber() + 1);
        assertThat(second.caseId()).isNotEqualTo(first.caseId());
        assertThat(first.readyAt()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aCaseGoesOnInOrderOnceItsPreviousStepAnswered() {
        CaseSteps.Step claim = steps.next();
        steps.answered(claim, 42);
        CaseSteps.Step evidence = steps.next();
        assertThat(evidence.caseId()).isEqualTo(claim.caseId());
        assertThat(evidence.caseNumber()).isEqualTo(claim.caseNumber());
        assertThat(evidence.index()).isEqualTo(1);
        assertThat(evidence.readyAt()).isEqualTo(42);
    }

    @Test
    void readyCasesGoFirstInTheOrderTheyAnswered() {
        CaseSteps.Step a = steps.next();
        CaseSteps.Step b = steps.next();
        steps.answered(b, 10);
        steps.answered(a, 20);
        assertThat(steps.next().caseId()).isEqualTo(b.caseId());
        assertThat(steps.next().caseId()).isEqualTo(a.caseId());
        assertThat(steps.next().index()).isZero(); // nothing ready: a new case
    }

    @Test
    void aCaseEndsAfterItsLastStepAndAFailedStepEndsItToo() {
        CaseSteps.Step step = steps.next();
        for (int i = 1; i < DeskScript.STEPS; i++) {
            steps.answered(step, i);
            step = steps.next();
            assertThat(step.index()).isEqualTo(i);
        }
        assertThat(step.last()).isTrue();
        steps.answered(step, 99);
        assertThat(steps.waiting()).isZero();

        steps.next(); // sent, never answered: the case waits for nothing
        assertThat(steps.waiting()).isZero();
        assertThat(steps.next().index()).isZero();
    }
}
