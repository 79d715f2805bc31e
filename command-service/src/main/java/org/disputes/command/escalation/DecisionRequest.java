package org.disputes.command.escalation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.command.web.Shapes;

/**
 * The body of {@code POST /api/cases/{caseId}/decision}. That the justification says enough (20 characters and
 * more) is the case's rule.
 */
record DecisionRequest(
        @NotNull(message = "is required: REFUND or DENY") DecisionOutcome outcome,
        @Size(max = Shapes.MAX_TEXT, message = Shapes.MAX_TEXT_MESSAGE) String justification) {

    /** No body at all: as if nothing was decided. */
    static final DecisionRequest NONE = new DecisionRequest(null, null);
}
