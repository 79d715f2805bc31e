package org.disputes.command.web;

/** The answer to an accepted case command: which case, and its version now. */
record CaseAccepted(String caseId, long version) {
}
