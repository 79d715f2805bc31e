package org.disputes.command.web;

import org.disputes.api.adjudication.DecisionOutcome;

/** The body of {@code POST /api/cases/{caseId}/decision}. */
record DecisionRequest(DecisionOutcome outcome, String justification) {
}
