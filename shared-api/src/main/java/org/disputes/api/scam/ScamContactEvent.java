package org.disputes.api.scam;

/**
 * Every event of a scam contact's life, and nothing else. Sealed for the same reason as
 * {@link org.disputes.api.CaseEvent}: whoever projects or tells a contact's history is tested against this list.
 */
public sealed interface ScamContactEvent permits ScamContactReported, ScamContactSuspected, ScamContactConfirmed,
        ScamContactDismissed, ScamTakedownRequested, ScamContactTakenDown, ScamContactReferred {

    ScamContactId contactId();
}
