package org.disputes.command.evidence;

/** The answer to accepted evidence. */
record EvidenceAccepted(String caseId, String evidenceId, long version) {
}
