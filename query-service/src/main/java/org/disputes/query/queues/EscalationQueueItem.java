package org.disputes.query.queues;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.disputes.query.cases.CaseSummary;
import org.disputes.query.cases.CaseView;
import org.disputes.query.cases.CaseView.EscalationView;

import java.time.Instant;

/** A case in the escalation queue: its summary, and where and until when it waits, with the policy's advice. */
record EscalationQueueItem(@JsonUnwrapped CaseSummary summary, String tier, Instant dueBy, boolean overdue,
                           String recommendation) {

    static EscalationQueueItem of(CaseView view) {
        EscalationView escalation = view.escalation();
        return new EscalationQueueItem(CaseSummary.of(view), escalation.tier(), escalation.dueBy(),
                escalation.overdue(), escalation.recommendation());
    }
}
