package org.disputes.query.cases;

import org.disputes.api.Purchase;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.evidence.EvidenceSubmitted;

import java.util.Locale;

/** Tells each event of a case as a sentence a customer, an agent or a regulator can read. */
final class TimelineSentences {

    private TimelineSentences() {
    }

    static String describe(Object event) {
        if (event instanceof DeliveryClaimFiled filed) {
            Purchase p = filed.purchase();
            String carrierSaid = filed.carrierReportedDeliveredAt() == null ? ""
                    : " The carrier reported it delivered at " + filed.carrierReportedDeliveredAt() + ".";
            return "Customer " + p.customerId() + " claimed that order " + p.orderId() + " (" + p.amount()
                    + ", " + words(filed.deliveryMethod().name()) + " delivery) never arrived and asked for "
                    + filed.claimedAmount() + "." + carrierSaid + " The seller must prove delivery by "
                    + filed.responseDueBy() + ".";
        }
        if (event instanceof CustomerDisputeOpened opened) {
            Purchase p = opened.purchase();
            String what = opened.reason() == DisputeReason.UNAUTHORIZED_TRANSACTION
                    ? "did not authorise the payment of " + p.amount() + " for order " + p.orderId()
                    : "received goods not as described in order " + p.orderId() + " (" + p.amount() + ")";
            return "Customer " + p.customerId() + " disputed that they " + what + " and asked for "
                    + opened.claimedAmount() + ". The answer is due by " + opened.responseDueBy() + ".";
        }
        if (event instanceof EvidenceSubmitted submitted) {
            return "The " + submitted.party().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " submitted "
                    + words(submitted.type().name()) + " evidence " + submitted.evidenceId() + ", captured at "
                    + submitted.capturedAt() + ".";
        }
        if (event instanceof CaseClosed closed) {
            return "The case was closed: " + closed.reason() + ".";
        }
        return "The case changed (" + event.getClass().getSimpleName() + ").";
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
