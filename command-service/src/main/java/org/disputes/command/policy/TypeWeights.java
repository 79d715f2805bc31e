package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.Party;

import java.math.BigDecimal;
import java.util.Optional;

import static org.disputes.api.evidence.EvidenceAttribute.CHANNEL;
import static org.disputes.api.evidence.EvidenceAttribute.COVERS_DELIVERY_WINDOW;
import static org.disputes.api.evidence.EvidenceAttribute.DISTANCE_METERS;
import static org.disputes.api.evidence.EvidenceAttribute.GEOTAGGED;
import static org.disputes.api.evidence.EvidenceAttribute.NOMINATED_BY_CUSTOMER;
import static org.disputes.api.evidence.EvidenceAttribute.OTP_REQUESTED_REMOTELY;
import static org.disputes.api.evidence.EvidenceAttribute.SIGNER_IS_NOMINEE;
import static org.disputes.api.evidence.EvidenceAttribute.SIGNER_IS_RECIPIENT;

/**
 * The weights and downgrades of POLICY.md §2, one type at a time. Where an attribute that would show an item's
 * quality is missing, the item counts WEAK, as §2 says for a GPS scan without a distance (rule EV-3): the party
 * that submits an item controls what it states.
 */
final class TypeWeights {

    /** Farther than this from the delivery address, a photo or a scan does not place the parcel there. */
    static final BigDecimal MAX_DISTANCE_METERS = new BigDecimal("100");
    static final String IN_PERSON = "IN_PERSON";

    private TypeWeights() {
    }

    /** The weight of one admissible item; {@code remoteReport} is any item on record saying the code was requested remotely. */
    static Weighting weigh(Evidence item, Optional<Evidence> remoteReport) {
        EvidenceAttributes attributes = item.attributes();
        return switch (item.type()) {
            case SIGNATURE -> signature(attributes);
            case DELIVERY_PHOTO -> deliveryPhoto(attributes);
            case GPS_SCAN -> gpsScan(attributes);
            case OTP_CONFIRMATION -> otpConfirmation(item, remoteReport);
            case LOCKER_PICKUP_LOG -> Weighting.of(Weight.MODERATE, "it records the pickup from the locker");
            case CARRIER_SCAN -> Weighting.of(Weight.WEAK,
                    "a carrier's scan is the seller's side's own assertion, not proof of possession");
            case THIRD_PARTY_HANDOVER -> attributes.flag(NOMINATED_BY_CUSTOMER).orElse(false)
                    ? Weighting.of(Weight.MODERATE, "the parcel was handed to a person the customer nominated")
                    : Weighting.of(Weight.WEAK,
                    "the parcel was handed to a third party the customer is not shown to have nominated");
            case CCTV_FOOTAGE -> cctvFootage(attributes);
            case POLICE_REPORT -> Weighting.of(Weight.MODERATE, "the matter was reported to the police");
            case WITNESS_STATEMENT -> Weighting.of(Weight.WEAK, "a witness statement weighs little on its own");
            case COMMUNICATION_LOG -> attributes.flag(OTP_REQUESTED_REMOTELY).orElse(false)
                    ? Weighting.of(Weight.WEAK, "a log of messages weighs little on its own;"
                    + " it reports that the one-time code was requested remotely")
                    : Weighting.of(Weight.WEAK, "a log of messages weighs little on its own");
            case DEFECT_PHOTO -> Weighting.of(Weight.MODERATE, "it shows the defect");
            case EXPERT_REPORT -> Weighting.of(Weight.STRONG, "an expert assessed the goods");
            case SCA_RECORD -> Weighting.of(Weight.MODERATE, "it records strong customer authentication, and the use"
                    + " of a credential does not on its own show that the customer authorised the payment");
            case DEVICE_MATCH -> Weighting.of(Weight.MODERATE, "the payment came from a device known to be the customer's");
            case INSPECTION_REPORT -> Weighting.of(Weight.STRONG, "an inspection found the goods as described");
        };
    }

    private static Weighting signature(EvidenceAttributes attributes) {
        Optional<Boolean> recipient = attributes.flag(SIGNER_IS_RECIPIENT);
        if (recipient.orElse(false)) {
            return Weighting.of(Weight.STRONG, "it was signed by the recipient");
        }
        if (attributes.flag(SIGNER_IS_NOMINEE).orElse(false)) {
            return Weighting.of(Weight.STRONG, "it was signed by a person the customer nominated");
        }
        return recipient.isPresent()
                ? Weighting.of(Weight.WEAK,
                "it was signed by someone who is neither the recipient nor a person the customer nominated")
                : Weighting.of(Weight.WEAK,
                "it does not show that the signer was the recipient or a person the customer nominated");
    }

    private static Weighting deliveryPhoto(EvidenceAttributes attributes) {
        Optional<BigDecimal> distance = attributes.number(DISTANCE_METERS);
        if (distance.filter(TypeWeights::tooFar).isPresent()) {
            return Weighting.of(Weight.NONE, "it was taken " + meters(distance.get())
                    + " from the delivery address, more than the " + meters(MAX_DISTANCE_METERS) + " allowed");
        }
        Optional<Boolean> geotagged = attributes.flag(GEOTAGGED);
        if (geotagged.isPresent() && !geotagged.get()) {
            return Weighting.of(Weight.WEAK, "it is not geotagged, so it does not show where it was taken");
        }
        if (geotagged.isEmpty() && distance.isEmpty()) {
            return Weighting.of(Weight.WEAK, "it states neither a geotag nor a distance, so it does not show where"
                    + " it was taken");
        }
        return Weighting.of(Weight.MODERATE, distance
                .map(d -> "it was taken " + meters(d) + " from the delivery address")
                .orElse("it is geotagged"));
    }

    private static Weighting gpsScan(EvidenceAttributes attributes) {
        return attributes.number(DISTANCE_METERS)
                .map(distance -> tooFar(distance)
                        ? Weighting.of(Weight.NONE, "it was scanned " + meters(distance)
                        + " from the delivery address, more than the " + meters(MAX_DISTANCE_METERS) + " allowed")
                        : Weighting.of(Weight.MODERATE, "it was scanned " + meters(distance)
                        + " from the delivery address"))
                .orElse(Weighting.of(Weight.WEAK, "it states no distance from the delivery address"));
    }

    /** §2: a code that travelled any other way than in person, or that anyone on record says was requested remotely, counts for nothing. */
    private static Weighting otpConfirmation(Evidence item, Optional<Evidence> remoteReport) {
        Optional<String> channel = item.attributes().text(CHANNEL);
        if (channel.filter(c -> !IN_PERSON.equals(c)).isPresent()) {
            String why = "the code was given " + channelWords(channel.get()) + " (channel " + channel.get()
                    + "), not entered in person, so its use does not show who took the parcel";
            return Weighting.disclosed(why, item.label() + " shows the code was given " + channelWords(channel.get()));
        }
        if (remoteReport.isPresent()) {
            String reports = reportsRemoteRequest(remoteReport.get());
            return Weighting.disclosed(reports + ", so its use does not show who took the parcel", reports);
        }
        return channel.isPresent()
                ? Weighting.of(Weight.MODERATE, "the code was entered in person")
                : Weighting.of(Weight.WEAK, "it does not state how the code reached the handset, so entry in person"
                + " is not shown");
    }

    /** "the customer's COMMUNICATION_LOG (evidence 5c1d2e3f) reports that the code was requested by phone" */
    static String reportsRemoteRequest(Evidence report) {
        return owner(report.party()) + " " + report.label() + " reports that the code was requested"
                + report.attributes().text(CHANNEL).filter(c -> !IN_PERSON.equals(c))
                .map(c -> " " + channelWords(c)).orElse(" remotely");
    }

    private static Weighting cctvFootage(EvidenceAttributes attributes) {
        Optional<Boolean> covers = attributes.flag(COVERS_DELIVERY_WINDOW);
        if (covers.orElse(false)) {
            return Weighting.of(Weight.STRONG, "it covers the delivery window");
        }
        return Weighting.of(Weight.WEAK, covers.isPresent()
                ? "it does not cover the delivery window"
                : "it does not state that it covers the delivery window");
    }

    private static boolean tooFar(BigDecimal distance) {
        return distance.compareTo(MAX_DISTANCE_METERS) > 0;
    }

    static String meters(BigDecimal distance) {
        return distance.stripTrailingZeros().toPlainString() + " m";
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

    /** A weight, the clause that explains it, and, for a one-time code given away, the sentence that shows it. */
    record Weighting(Weight weight, String why, Optional<String> disclosure) {

        static Weighting of(Weight weight, String why) {
            return new Weighting(weight, why, Optional.empty());
        }

        static Weighting disclosed(String why, String disclosure) {
            return new Weighting(Weight.NONE, why, Optional.of(disclosure));
        }
    }
}
