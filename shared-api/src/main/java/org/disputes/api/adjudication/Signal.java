package org.disputes.api.adjudication;

/**
 * Facts the policy raises beside any outcome of a non-receipt case (POLICY.md §3). They are about couriers, not
 * customers: a repeat claimant is already the outcome of INR-1 and needs no second label. Stored by name in
 * {@link CaseDecided} and on a courier's record, so a value keeps its name for good.
 */
public enum Signal {
    /** The one-time code was given away remotely: the courier is flagged, a fact on the courier's record. */
    OTP_REMOTE_DISCLOSURE,
    /** The courier reached 3 flagged or refunded non-receipt cases in the period: a fraud referral is due (once). */
    COURIER_PATTERN;

    /** Whether the case counts as flagged against its courier (POLICY.md §2: the code was asked for by phone). */
    public boolean flagsTheCourier() {
        return switch (this) {
            case OTP_REMOTE_DISCLOSURE -> true;
            case COURIER_PATTERN -> false;
        };
    }
}
