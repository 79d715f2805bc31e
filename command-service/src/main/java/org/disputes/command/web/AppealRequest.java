package org.disputes.command.web;

/** The body of {@code POST /api/cases/{caseId}/appeal}. */
record AppealRequest(String reason) {
}
