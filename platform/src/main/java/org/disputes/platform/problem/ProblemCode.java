package org.disputes.platform.problem;

/**
 * Every stable {@code code} a problem response of either service can carry: the one catalogue that every thrower
 * names. Clients branch on these, never on prose, so a code once published is never renamed.
 */
public enum ProblemCode {
    /** A request field (or header) is missing or of the wrong form; {@code errors} names each one. */
    VALIDATION_FAILED,
    /** The body is not JSON a service will read (syntax, duplicate keys, nesting, number size). */
    MALFORMED_REQUEST,
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    NOT_ACCEPTABLE,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    SERVICE_UNAVAILABLE,
    INTERNAL_ERROR,
    /** An {@code Idempotency-Key} used again with another request (method, path or body). */
    IDEMPOTENCY_KEY_REUSED,
    /** The first request under an {@code Idempotency-Key} is still being handled; retry after {@code Retry-After}. */
    IDEMPOTENCY_KEY_IN_FLIGHT,

    CASE_NOT_FOUND,
    CASE_ALREADY_EXISTS,
    CASE_CLOSED,
    DUPLICATE_EVIDENCE,
    CASE_NOT_ESCALATED,
    CASE_NOT_DENIED,
    APPEAL_WINDOW_CLOSED,
    /** The case is not at the version the sender named in {@code If-Match}, or changed while a command ran. */
    VERSION_CONFLICT,

    COURIER_NOT_FOUND,
    /** An audit found a case's stored history altered: its hash chain does not verify. */
    HISTORY_DAMAGED,

    SCAM_CONTACT_NOT_FOUND,
    /** Takedown and referral are recorded on a confirmed scam contact only. */
    SCAM_CONTACT_NOT_CONFIRMED,
    SCAM_CONTACT_ALREADY_CONFIRMED,
    SCAM_CONTACT_ALREADY_DISMISSED,

    WEBHOOK_NOT_FOUND,
    DELIVERY_NOT_FOUND,

    /** No event of that sequence (case) waits in that processing group's dead-letter queue. */
    DEAD_LETTER_NOT_FOUND,
    /** An erasure names a customer of whom no personal data is held, and who was never erased. */
    CUSTOMER_NOT_FOUND
}
