package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.evidence.Party;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason the policy can give, with its stable code (docs/POLICY.md, "Reasons as data", lists each one with its
 * arguments) and its English wording. A code is never reused for another meaning; a new wording of the same
 * meaning keeps its code. Arguments are strings: amounts as decimal strings with their {@code currency}, instants
 * and dates ISO-8601, periods ISO-8601 ({@code P2Y}), counts and points as integers, evidence types, parties and
 * case kinds by their enum names.
 */
public enum ReasonCode {

    // the window is still open (not recorded: nothing is decided)
    INR_0_AWAITING_PROOF("INR-0.AWAITING_PROOF", r -> "The seller and the carrier may submit proof of delivery until"
            + " the response window closes at " + r.text("closesAt") + "; nothing is decided before then."),
    UT_0_AWAITING_PROOF("UT-0.AWAITING_PROOF", r -> "The merchant may prove authorisation, and an agent may notify a"
            + " fraud suspicion, until the refund deadline at " + r.text("closesAt") + "; nothing is decided before then."),
    NAD_0_AWAITING_PROOF("NAD-0.AWAITING_PROOF", r -> "The seller may respond until the response window closes at "
            + r.text("closesAt") + "; nothing is decided before then."),

    // item not received
    INR_1_REPEAT_CLAIMANT("INR-1.REPEAT_CLAIMANT", r -> "The customer has filed " + r.text("otherClaims")
            + " other ITEM_NOT_RECEIVED claims in the repeat-claimant period; " + r.text("threshold")
            + " or more call for review."),
    INR_1_FRAUD_REVIEW("INR-1.FRAUD_REVIEW", r -> "Repeat-claimant pattern: the case goes to fraud review, where"
            + " a person applies the burden of proof; nothing is refunded automatically."),
    INR_2_REFUND("INR-2.REFUND", r -> "The seller carries the burden of proving delivery (" + r.text("basis")
            + ") and has not met it. " + refunded(r)),

    // unauthorised payment
    UT_1_REFUND("UT-1.REFUND", r -> "The payer's provider refunds an unauthorised payment by the end of the next"
            + " business day (PSD2 art. 73). " + refunded(r)),
    UT_1_SUSPICION_NOT_NOTIFIED("UT-1.SUSPICION_NOT_NOTIFIED", r -> "An agent recorded a fraud suspicion at "
            + r.text("recordedAt") + " without notifying the regulator; without that notification PSD2 art. 73(1)"
            + " still requires the refund."),
    UT_1_NO_SUSPICION_NOTIFIED("UT-1.NO_SUSPICION_NOTIFIED", r -> "No fraud suspicion was notified to the regulator"
            + " by the refund deadline of " + r.text("deadline") + "."),
    UT_2_SUSPICION_NOTIFIED_BEFORE_DEADLINE("UT-2.SUSPICION_NOTIFIED_BEFORE_DEADLINE", r -> suspicionNotified(r, "before")),
    UT_2_SUSPICION_NOTIFIED_AFTER_DEADLINE("UT-2.SUSPICION_NOTIFIED_AFTER_DEADLINE", r -> suspicionNotified(r, "after")),
    UT_2_FRAUD_REVIEW("UT-2.FRAUD_REVIEW", r -> "PSD2 art. 73(1) lets the refund wait where there are reasonable"
            + " grounds to suspect fraud and the national authority has been told: the case goes to fraud review."),

    // not as described
    NAD_P_WITHIN("NAD-P.WITHIN", r -> "The lack of conformity was reported on " + r.text("reportedOn") + ", within "
            + presumptionPeriod(r) + " that runs from delivery on " + r.text("deliveredOn") + " to " + r.text("lastDay")
            + " included, so the seller must prove that the goods conformed (Directive (EU) 2019/771 art. 11)."),
    NAD_P_AFTER("NAD-P.AFTER", r -> "The lack of conformity was reported on " + r.text("reportedOn") + ", after "
            + presumptionPeriod(r) + " that ran from delivery on " + r.text("deliveredOn") + " and ended on "
            + r.text("lastDay") + ", so the customer must prove the defect."),
    NAD_2_REFUND("NAD-2.REFUND", r -> "Within the presumption period the seller must prove that the goods conformed"
            + " and has not. " + refunded(r)),
    NAD_3_REFUND("NAD-3.REFUND", r -> "After the presumption period the customer has proved the defect. " + refunded(r)),

    // the machine's authority and why it escalates (several rules)
    AUTHORITY_LIMIT_EXCEEDED("AUTHORITY.LIMIT_EXCEEDED", r -> "The refund of " + money(r, "claimed")
            + " exceeds the automatic refund limit of " + money(r, "limit") + "."),
    AUTHORITY_NO_LIMIT("AUTHORITY.NO_LIMIT", r -> "No automatic refund limit is configured for " + r.text("currency")
            + ", so the machine has no authority to refund in that currency."),
    ESCALATION_ABOVE_AUTHORITY("ESCALATION.ABOVE_AUTHORITY", r -> "The refund is above the machine's automatic"
            + " authority: a person must authorise it, and the policy recommends it."),
    ESCALATION_CONFLICT("ESCALATION.CONFLICT", r -> "The evidence conflicts: a person weighs it, and the policy makes"
            + " no recommendation."),
    ESCALATION_ADVERSE("ESCALATION.ADVERSE", r -> "An outcome adverse to the customer is never taken by the machine"
            + " alone (GDPR art. 22): a person decides, and the policy recommends denial."),

    // each side's evidence, every item named
    SELLER_PROOF_NONE("SELLER_PROOF.NONE", r -> sellerSubject(r, false) + ": " + switch (kind(r)) {
        case ITEM_NOT_RECEIVED -> "no proof of delivery was submitted by the seller or the carrier.";
        case UNAUTHORIZED_TRANSACTION -> "no proof of authentication and authorisation was submitted by the merchant.";
        case NOT_AS_DESCRIBED -> "no proof of conformity was submitted by the seller.";
    }),
    SELLER_PROOF_MET("SELLER_PROOF.MET", r -> sellerSubject(r, true) + ": " + items(r) + "; "
            + points(r.text("points")) + ", at least the " + r.text("needed") + " needed."),
    SELLER_PROOF_NOT_MET("SELLER_PROOF.NOT_MET", r -> sellerSubject(r, false) + ": " + items(r) + "; "
            + r.text("points") + " of the " + r.text("needed") + " points needed."),
    CUSTOMER_EVIDENCE_NONE("CUSTOMER_EVIDENCE.NONE", r -> "The customer submitted no evidence beyond their own statement."),
    CUSTOMER_EVIDENCE_MATERIAL("CUSTOMER_EVIDENCE.MATERIAL", r -> "The customer's evidence counts "
            + points(r.text("points")) + ", at least the " + r.text("needed") + " needed: " + items(r) + "."),
    CUSTOMER_EVIDENCE_NOT_MATERIAL("CUSTOMER_EVIDENCE.NOT_MATERIAL", r -> "The customer's evidence counts "
            + points(r.text("points")) + ", fewer than the " + r.text("needed") + " needed: " + items(r) + "."),
    CUSTOMER_EVIDENCE_LISTED("CUSTOMER_EVIDENCE.LISTED", r -> "The customer's evidence counts "
            + points(r.text("points")) + ": " + items(r) + "."),
    EVIDENCE_COUNTED("EVIDENCE.COUNTED", r -> label(r) + " counted " + points(r.text("points")) + " because "
            + r.reason("because").english()),
    EVIDENCE_DISREGARDED("EVIDENCE.DISREGARDED", r -> label(r) + " was disregarded and counted for nothing because "
            + r.reason("because").english()),
    EVIDENCE_SAME_TYPE_COUNTED("EVIDENCE.SAME_TYPE_COUNTED", r -> label(r) + " counted for nothing because "
            + r.optionalText("countedEvidenceId").map(id -> label(r.text("evidenceType"), id))
            .orElse("another " + r.text("evidenceType")) + " already counts and only one item of each type does"),

    // weighed again on an escalated or appealed case
    REWEIGHED_RECOMMENDS_REFUND("REWEIGHED.RECOMMENDS_REFUND", r -> reweighed(r, "now recommends the refund")),
    REWEIGHED_RECOMMENDS_DENIAL("REWEIGHED.RECOMMENDS_DENIAL", r -> reweighed(r, "now recommends denial")),
    REWEIGHED_NO_RECOMMENDATION("REWEIGHED.NO_RECOMMENDATION", r -> reweighed(r, "makes no recommendation")),

    // signals (non-receipt cases)
    SIGNAL_OTP_REMOTE_DISCLOSURE("SIGNAL.OTP_REMOTE_DISCLOSURE", r -> "Signal OTP_REMOTE_DISCLOSURE: " + courier(r)
            + " is flagged, because " + r.reasons("disclosures").stream().map(Reason::english)
            .collect(Collectors.joining(", and ")) + "."),
    SIGNAL_COURIER_PATTERN("SIGNAL.COURIER_PATTERN", r -> "Signal COURIER_PATTERN: " + courier(r) + " has "
            + r.text("cases") + " flagged or refunded non-receipt cases in the courier-pattern period"
            + (Boolean.parseBoolean(r.text("thisCaseIncluded")) ? ", this one included" : "")
            + "; a fraud referral is opened for the courier, once."),

    // how a one-time code was given away (parts of the signal and of a code's weight)
    OTP_GIVEN_REMOTELY("OTP.GIVEN_REMOTELY", r -> label(r) + " shows the code was given " + channelWords(r.text("channel"))),
    OTP_REQUEST_REPORTED("OTP.REQUEST_REPORTED", r -> owner(Party.valueOf(r.text("party"))) + " " + label(r)
            + " reports that the code was requested" + r.optionalText("channel")
            .filter(c -> !TypeWeights.IN_PERSON.equals(c)).map(c -> " " + channelWords(c)).orElse(" remotely")),

    // why one item weighs what it does: a clause after "because"
    WEIGHT_LATE("WEIGHT.LATE", r -> "it arrived at " + r.text("submittedAt") + ", after the response window closed at "
            + r.text("cutoff") + "; it is weighed again only if the case is escalated or appealed"),
    WEIGHT_NOT_RELEVANT("WEIGHT.NOT_RELEVANT", r -> "it does not bear on " + Relevance.question(kind(r))),
    WEIGHT_CUSTOMER_FOR_SELLER("WEIGHT.CUSTOMER_FOR_SELLER", r -> "it comes from the customer, and the seller's proof"
            + " counts only from the seller, the carrier or a neutral party"),
    WEIGHT_OWN_SIDE_REBUTTAL("WEIGHT.OWN_SIDE_REBUTTAL", r -> "it comes from the " + r.text("party").toLowerCase()
            + ", and the seller's side cannot rebut its own proof"),
    WEIGHT_SIGNED_BY_RECIPIENT("WEIGHT.SIGNED_BY_RECIPIENT", r -> "it was signed by the recipient"),
    WEIGHT_SIGNED_BY_NOMINEE("WEIGHT.SIGNED_BY_NOMINEE", r -> "it was signed by a person the customer nominated"),
    WEIGHT_SIGNED_BY_OTHER("WEIGHT.SIGNED_BY_OTHER", r -> "it was signed by someone who is neither the recipient nor"
            + " a person the customer nominated"),
    WEIGHT_SIGNER_NOT_SHOWN("WEIGHT.SIGNER_NOT_SHOWN", r -> "it does not show that the signer was the recipient or a"
            + " person the customer nominated"),
    WEIGHT_PHOTO_TOO_FAR("WEIGHT.PHOTO_TOO_FAR", r -> "it was taken " + r.text("distanceMeters") + " m from the delivery"
            + " address, more than the " + r.text("maxMeters") + " m allowed"),
    WEIGHT_PHOTO_NOT_GEOTAGGED("WEIGHT.PHOTO_NOT_GEOTAGGED", r -> "it is not geotagged, so it does not show where it"
            + " was taken"),
    WEIGHT_PHOTO_UNPLACED("WEIGHT.PHOTO_UNPLACED", r -> "it states neither a geotag nor a distance, so it does not show"
            + " where it was taken"),
    WEIGHT_PHOTO_NEAR("WEIGHT.PHOTO_NEAR", r -> "it was taken " + r.text("distanceMeters") + " m from the delivery address"),
    WEIGHT_PHOTO_GEOTAGGED("WEIGHT.PHOTO_GEOTAGGED", r -> "it is geotagged"),
    WEIGHT_SCAN_TOO_FAR("WEIGHT.SCAN_TOO_FAR", r -> "it was scanned " + r.text("distanceMeters") + " m from the delivery"
            + " address, more than the " + r.text("maxMeters") + " m allowed"),
    WEIGHT_SCAN_NEAR("WEIGHT.SCAN_NEAR", r -> "it was scanned " + r.text("distanceMeters") + " m from the delivery address"),
    WEIGHT_SCAN_NO_DISTANCE("WEIGHT.SCAN_NO_DISTANCE", r -> "it states no distance from the delivery address"),
    WEIGHT_OTP_GIVEN_REMOTELY("WEIGHT.OTP_GIVEN_REMOTELY", r -> "the code was given " + channelWords(r.text("channel"))
            + " (channel " + r.text("channel") + "), not entered in person, so its use does not show who took the parcel"),
    WEIGHT_OTP_REQUEST_REPORTED("WEIGHT.OTP_REQUEST_REPORTED", r -> r.reason("report").english()
            + ", so its use does not show who took the parcel"),
    WEIGHT_OTP_IN_PERSON("WEIGHT.OTP_IN_PERSON", r -> "the code was entered in person"),
    WEIGHT_OTP_CHANNEL_NOT_STATED("WEIGHT.OTP_CHANNEL_NOT_STATED", r -> "it does not state how the code reached the"
            + " handset, so entry in person is not shown"),
    WEIGHT_LOCKER_PICKUP("WEIGHT.LOCKER_PICKUP", r -> "it records the pickup from the locker"),
    WEIGHT_CARRIER_SCAN("WEIGHT.CARRIER_SCAN", r -> "a carrier's scan is the seller's side's own assertion, not proof"
            + " of possession"),
    WEIGHT_HANDOVER_NOMINATED("WEIGHT.HANDOVER_NOMINATED", r -> "the parcel was handed to a person the customer nominated"),
    WEIGHT_HANDOVER_NOT_NOMINATED("WEIGHT.HANDOVER_NOT_NOMINATED", r -> "the parcel was handed to a third party the"
            + " customer is not shown to have nominated"),
    WEIGHT_CCTV_COVERS_WINDOW("WEIGHT.CCTV_COVERS_WINDOW", r -> "it covers the delivery window"),
    WEIGHT_CCTV_MISSES_WINDOW("WEIGHT.CCTV_MISSES_WINDOW", r -> "it does not cover the delivery window"),
    WEIGHT_CCTV_WINDOW_NOT_STATED("WEIGHT.CCTV_WINDOW_NOT_STATED", r -> "it does not state that it covers the delivery"
            + " window"),
    WEIGHT_POLICE_REPORT("WEIGHT.POLICE_REPORT", r -> "the matter was reported to the police"),
    WEIGHT_WITNESS_STATEMENT("WEIGHT.WITNESS_STATEMENT", r -> "a witness statement weighs little on its own"),
    WEIGHT_COMMUNICATION_LOG("WEIGHT.COMMUNICATION_LOG", r -> "a log of messages weighs little on its own"),
    WEIGHT_COMMUNICATION_LOG_REMOTE_REQUEST("WEIGHT.COMMUNICATION_LOG_REMOTE_REQUEST", r -> "a log of messages weighs"
            + " little on its own; it reports that the one-time code was requested remotely"),
    WEIGHT_DEFECT_PHOTO("WEIGHT.DEFECT_PHOTO", r -> "it shows the defect"),
    WEIGHT_EXPERT_REPORT("WEIGHT.EXPERT_REPORT", r -> "an expert assessed the goods"),
    WEIGHT_SCA_RECORD("WEIGHT.SCA_RECORD", r -> "it records strong customer authentication, and the use of a"
            + " credential does not on its own show that the customer authorised the payment"),
    WEIGHT_DEVICE_MATCH("WEIGHT.DEVICE_MATCH", r -> "the payment came from a device known to be the customer's"),
    WEIGHT_INSPECTION_REPORT("WEIGHT.INSPECTION_REPORT", r -> "an inspection found the goods as described");

    private static final Map<String, ReasonCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ReasonCode::code, Function.identity()));

    private final String code;
    private final Function<Reason, String> english;

    ReasonCode(String code, Function<Reason, String> english) {
        this.code = code;
        this.english = english;
    }

    /** The stable code, e.g. "INR-2.REFUND". */
    public String code() {
        return code;
    }

    String english(Reason reason) {
        return english.apply(reason);
    }

    public static ReasonCode of(String code) {
        ReasonCode known = BY_CODE.get(code);
        if (known == null) {
            throw new IllegalArgumentException("no reason has the code " + code);
        }
        return known;
    }

    private static String refunded(Reason r) {
        return "The claimed " + money(r, "claimed") + " is refunded over the original tenders, in proportion to what"
                + " each paid.";
    }

    private static String money(Reason r, String amount) {
        return r.text(amount) + " " + r.text("currency");
    }

    private static String suspicionNotified(Reason r, String when) {
        return "An agent recorded a fraud suspicion at " + r.text("recordedAt") + " and notified the regulator, " + when
                + " the refund deadline of " + r.text("deadline") + ".";
    }

    private static String presumptionPeriod(Reason r) {
        return "the presumption period of " + Sentences.period(Period.parse(r.text("period"))) + " ("
                + r.text("jurisdiction") + ")";
    }

    private static CaseKind kind(Reason r) {
        return CaseKind.valueOf(r.text("kind"));
    }

    private static String sellerSubject(Reason r, boolean proved) {
        return switch (kind(r)) {
            case ITEM_NOT_RECEIVED -> proved ? "The seller has proved delivery" : "The seller has not proved delivery";
            case UNAUTHORIZED_TRANSACTION -> proved ? "The merchant has proved that the customer authorised the payment"
                    : "The merchant has not proved that the customer authorised the payment";
            case NOT_AS_DESCRIBED -> proved ? "The seller has proved that the goods conformed"
                    : "The seller has not proved that the goods conformed";
        };
    }

    private static String items(Reason r) {
        List<Reason> items = r.reasons("items");
        return items.stream().map(Reason::english).collect(Collectors.joining("; "));
    }

    private static String points(String points) {
        return Sentences.points(Integer.parseInt(points));
    }

    private static String label(Reason r) {
        return label(r.text("evidenceType"), r.text("evidenceId"));
    }

    /** As {@link Evidence#label()}: "OTP_CONFIRMATION (evidence 5c1d2e3f)". */
    private static String label(String type, String evidenceId) {
        return type + " (evidence " + evidenceId.substring(0, Math.min(8, evidenceId.length())) + ")";
    }

    private static String reweighed(Reason r, String advice) {
        return "Weighed again at " + r.text("at") + " on all the evidence received: the case stays with a person, and"
                + " the policy " + advice + ".";
    }

    private static String courier(Reason r) {
        return r.optionalText("courierId").map(id -> "courier " + id).orElse("the courier");
    }

    static String channelWords(String channel) {
        return switch (channel) {
            case "PHONE" -> "by phone";
            case "SMS" -> "by SMS";
            case "EMAIL" -> "by email";
            case "CHAT" -> "in a chat";
            case "APP" -> "through an app";
            default -> "remotely";
        };
    }

    private static String owner(Party party) {
        return switch (party) {
            case CUSTOMER -> "the customer's";
            case SELLER -> "the seller's own";
            case CARRIER -> "the carrier's own";
            case AGENT -> "the agent's";
            case THIRD_PARTY -> "a third party's";
        };
    }
}
