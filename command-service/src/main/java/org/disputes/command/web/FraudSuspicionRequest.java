package org.disputes.command.web;

/** The body of {@code POST /api/cases/{caseId}/fraud-suspicion}. */
record FraudSuspicionRequest(Boolean regulatorNotified, String note) {
}
