package org.disputes.query.scam;

import org.disputes.api.scam.ScamContactConfirmed;
import org.disputes.api.scam.ScamContactDismissed;
import org.disputes.api.scam.ScamContactEvent;
import org.disputes.api.scam.ScamContactReferred;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactSuspected;
import org.disputes.api.scam.ScamContactTakenDown;
import org.disputes.api.scam.ScamTakedownRequested;

/**
 * Tells each event of a scam contact as a sentence a person can read. The customer is never named (a contact's
 * history is shared more widely than a case's), nor what they wrote.
 */
final class ScamSentences {

    private ScamSentences() {
    }

    static String describe(ScamContactEvent event) {
        if (event instanceof ScamContactReported reported) {
            return "A customer reported it as impersonating " + reported.impersonatedBrand()
                    + (reported.caseId() == null ? "" : ", on case " + reported.caseId())
                    + (reported.amountLost() == null ? "" : ", having lost " + reported.amountLost()) + ".";
        }
        if (event instanceof ScamContactSuspected suspected) {
            return "Suspected by rule " + suspected.rule() + ": " + suspected.reason() + ".";
        }
        if (event instanceof ScamContactConfirmed confirmed) {
            return "Confirmed as a scam by " + confirmed.confirmedBy() + ": " + confirmed.justification();
        }
        if (event instanceof ScamContactDismissed dismissed) {
            return "Dismissed as legitimate by " + dismissed.dismissedBy() + ": " + dismissed.justification();
        }
        if (event instanceof ScamTakedownRequested requested) {
            return "A takedown was requested from " + requested.addressee()
                    + (requested.reference() == null ? "" : " (reference " + requested.reference() + ")") + ".";
        }
        if (event instanceof ScamContactTakenDown takenDown) {
            return "It was taken down at " + takenDown.takenDownAt() + ".";
        }
        if (event instanceof ScamContactReferred referred) {
            return "It was referred to " + referred.agency()
                    + (referred.reference() == null ? "" : " (reference " + referred.reference() + ")") + ".";
        }
        throw new IllegalArgumentException("ScamSentences does not tell " + event.getClass().getName());
    }
}
