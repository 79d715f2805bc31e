package org.disputes.query.cases;

import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.Recommendation;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.Party;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.refund.RefundIssued;
import org.disputes.api.scam.ScamReportLinked;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
        if (event instanceof ProofRequested requested) {
            return capitalised(parties(requested.from())) + (requested.from().size() > 1 ? " were" : " was")
                    + " asked for proof, due by " + requested.dueBy() + ".";
        }
        if (event instanceof CaseDecided decided) {
            return policyDecision(decided);
        }
        if (event instanceof RecommendationUpdated updated) {
            return "New evidence was weighed again (" + policy(updated.policyVersion(), updated.rules())
                    + "); the policy now " + advice(updated.recommendation()) + firstReason(updated.reasons());
        }
        if (event instanceof EscalationOverdue overdue) {
            String raised = overdue.from() == overdue.to()
                    ? "it stays with " + tier(overdue.to())
                    : "the case was raised from " + tier(overdue.from()) + " to " + tier(overdue.to());
            return "Nobody decided the escalated case by " + overdue.missedDueBy() + ": the breach was recorded and "
                    + raised + ", now due by " + overdue.dueBy() + ".";
        }
        if (event instanceof EscalatedCaseDecided decided) {
            String appeal = decided.outcome() == DecisionOutcome.DENY && decided.appealDueBy() != null
                    ? " The customer may appeal until " + decided.appealDueBy() + "." : "";
            return "The escalation team (" + decided.decidedBy() + ") " + outcome(decided.outcome()) + ": "
                    + quoted(decided.justification()) + appeal;
        }
        if (event instanceof DecisionAppealed appealed) {
            return "The customer appealed the denial: " + quoted(appealed.reason()) + " The case is back with "
                    + tier(appealed.tier()) + ", to be decided by " + appealed.escalationDueBy() + ".";
        }
        if (event instanceof RefundIssued refund) {
            return "A refund of " + refund.total() + " was issued: " + tenders(refund.tenders(), refund.total())
                    + ".";
        }
        if (event instanceof FraudSuspicionRecorded suspicion) {
            String note = suspicion.note() == null || suspicion.note().isBlank() ? "" : ": " + suspicion.note();
            return "A fraud suspicion was recorded on the case; the regulator "
                    + (suspicion.regulatorNotified() ? "was" : "was not") + " notified" + note + ".";
        }
        if (event instanceof ScamReportLinked linked) {
            return "A scam report was linked to the case: " + linked.channel().name().toLowerCase(Locale.ROOT)
                    + " contact " + linked.contact() + ", impersonating " + linked.impersonatedBrand() + ".";
        }
        if (event instanceof CaseClosed closed) {
            return "The case was closed: " + closed.reason() + ".";
        }
        // an event without its sentence fails rather than tell nothing (CaseViewFoldTest tells every CaseEvent)
        throw new IllegalArgumentException("TimelineSentences does not tell " + event.getClass().getName());
    }

    /** "The policy (bop-2026.1, rule INR-2) decided to refund the customer: …", with any signal it raised. */
    private static String policyDecision(CaseDecided decided) {
        String who = "policy".equals(decided.decidedBy()) ? "The policy" : decided.decidedBy();
        String what;
        if (decided.outcome() == DecisionOutcome.ESCALATE) {
            what = "escalated the case to " + tier(decided.tier()) + ", " + recommending(decided.recommendation())
                    + ", to be decided by " + decided.escalationDueBy();
        } else {
            what = outcome(decided.outcome());
        }
        String signals = decided.signals() == null || decided.signals().isEmpty() ? ""
                : (decided.signals().size() == 1 ? " Signal raised: " : " Signals raised: ")
                + decided.signals().stream().map(Signal::name).collect(Collectors.joining(", ")) + ".";
        return who + " (" + policy(decided.policyVersion(), decided.rules()) + ") " + what
                + firstReason(decided.reasons()) + signals;
    }

    private static String policy(String version, List<String> rules) {
        if (rules == null || rules.isEmpty()) {
            return version;
        }
        return version + (rules.size() == 1 ? ", rule " : ", rules ") + String.join(", ", rules);
    }

    private static String outcome(DecisionOutcome outcome) {
        if (outcome == DecisionOutcome.REFUND) {
            return "decided to refund the customer";
        }
        if (outcome == DecisionOutcome.DENY) {
            return "denied the claim";
        }
        return "escalated the case";
    }

    private static String advice(Recommendation recommendation) {
        if (recommendation == Recommendation.REFUND) {
            return "recommends a refund";
        }
        if (recommendation == Recommendation.DENY) {
            return "recommends denying the claim";
        }
        return "makes no recommendation";
    }

    private static String recommending(Recommendation recommendation) {
        if (recommendation == Recommendation.REFUND) {
            return "recommending a refund";
        }
        if (recommendation == Recommendation.DENY) {
            return "recommending denying the claim";
        }
        return "with no recommendation";
    }

    /** ": <the first reason>." or "." when there is none: the first reason is the one that decided. */
    private static String firstReason(List<String> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return ".";
        }
        String reason = reasons.get(0);
        return ": " + reason + (reason.endsWith(".") ? "" : ".");
    }

    /** A person's own words, in quotes, ending the sentence: {@code "…."} rather than {@code "….".}. */
    private static String quoted(String words) {
        String text = words == null ? "" : words.strip();
        boolean ended = text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
        return "\"" + text + (ended ? "\"" : ".\"");
    }

    private static String tier(EscalationTier tier) {
        if (tier == EscalationTier.TIER2) {
            return "tier 2";
        }
        if (tier == EscalationTier.TIER3) {
            return "tier 3";
        }
        return tier == null ? "the escalation team" : words(tier.name());
    }

    private static String parties(List<Party> parties) {
        List<String> named = parties.stream().map(p -> "the " + words(p.name())).toList();
        if (named.size() <= 1) {
            return named.isEmpty() ? "nobody" : named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    private static String tenders(List<Tender> tenders, Money total) {
        String currency = total.currency().getCurrencyCode();
        return tenders.stream()
                .map(t -> t.amount().toPlainString() + " " + currency + " back to the " + words(t.method().name()))
                .collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
