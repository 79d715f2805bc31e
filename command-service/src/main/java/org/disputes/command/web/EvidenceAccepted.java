package org.disputes.command.web;

/** The answer to accepted evidence. */
record EvidenceAccepted(String caseId, String evidenceId, long version) {
}
