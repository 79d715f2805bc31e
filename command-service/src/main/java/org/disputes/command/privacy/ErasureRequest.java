package org.disputes.command.privacy;

/** The body of an erasure request: the request's reference and its legal basis, an officer's words, not the customer's. */
record ErasureRequest(String reference, String basis) {
}
