package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceAttributes;

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
            case LOCKER_PICKUP_LOG -> Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_LOCKER_PICKUP);
            case CARRIER_SCAN -> Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_CARRIER_SCAN);
            case THIRD_PARTY_HANDOVER -> attributes.flag(NOMINATED_BY_CUSTOMER).orElse(false)
                    ? Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_HANDOVER_NOMINATED)
                    : Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_HANDOVER_NOT_NOMINATED);
            case CCTV_FOOTAGE -> cctvFootage(attributes);
            case POLICE_REPORT -> Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_POLICE_REPORT);
            case WITNESS_STATEMENT -> Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_WITNESS_STATEMENT);
            case COMMUNICATION_LOG -> attributes.flag(OTP_REQUESTED_REMOTELY).orElse(false)
                    ? Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_COMMUNICATION_LOG_REMOTE_REQUEST)
                    : Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_COMMUNICATION_LOG);
            case DEFECT_PHOTO -> Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_DEFECT_PHOTO);
            case EXPERT_REPORT -> Weighting.of(Weight.STRONG, ReasonCode.WEIGHT_EXPERT_REPORT);
            case SCA_RECORD -> Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_SCA_RECORD);
            case DEVICE_MATCH -> Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_DEVICE_MATCH);
            case INSPECTION_REPORT -> Weighting.of(Weight.STRONG, ReasonCode.WEIGHT_INSPECTION_REPORT);
        };
    }

    private static Weighting signature(EvidenceAttributes attributes) {
        Optional<Boolean> recipient = attributes.flag(SIGNER_IS_RECIPIENT);
        if (recipient.orElse(false)) {
            return Weighting.of(Weight.STRONG, ReasonCode.WEIGHT_SIGNED_BY_RECIPIENT);
        }
        if (attributes.flag(SIGNER_IS_NOMINEE).orElse(false)) {
            return Weighting.of(Weight.STRONG, ReasonCode.WEIGHT_SIGNED_BY_NOMINEE);
        }
        return recipient.isPresent()
                ? Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_SIGNED_BY_OTHER)
                : Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_SIGNER_NOT_SHOWN);
    }

    private static Weighting deliveryPhoto(EvidenceAttributes attributes) {
        Optional<BigDecimal> distance = attributes.number(DISTANCE_METERS);
        if (distance.filter(TypeWeights::tooFar).isPresent()) {
            return Weighting.of(Weight.NONE, tooFar(ReasonCode.WEIGHT_PHOTO_TOO_FAR, distance.get()));
        }
        Optional<Boolean> geotagged = attributes.flag(GEOTAGGED);
        if (geotagged.isPresent() && !geotagged.get()) {
            return Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_PHOTO_NOT_GEOTAGGED);
        }
        if (geotagged.isEmpty() && distance.isEmpty()) {
            return Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_PHOTO_UNPLACED);
        }
        return Weighting.of(Weight.MODERATE, distance
                .map(d -> Reason.of(ReasonCode.WEIGHT_PHOTO_NEAR, "distanceMeters", meters(d)))
                .orElse(Reason.of(ReasonCode.WEIGHT_PHOTO_GEOTAGGED)));
    }

    private static Weighting gpsScan(EvidenceAttributes attributes) {
        return attributes.number(DISTANCE_METERS)
                .map(distance -> tooFar(distance)
                        ? Weighting.of(Weight.NONE, tooFar(ReasonCode.WEIGHT_SCAN_TOO_FAR, distance))
                        : Weighting.of(Weight.MODERATE,
                        Reason.of(ReasonCode.WEIGHT_SCAN_NEAR, "distanceMeters", meters(distance))))
                .orElse(Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_SCAN_NO_DISTANCE));
    }

    /** §2: a code that travelled any other way than in person, or that anyone on record says was requested remotely, counts for nothing. */
    private static Weighting otpConfirmation(Evidence item, Optional<Evidence> remoteReport) {
        Optional<String> channel = item.attributes().text(CHANNEL);
        if (channel.filter(c -> !IN_PERSON.equals(c)).isPresent()) {
            return Weighting.disclosed(Reason.of(ReasonCode.WEIGHT_OTP_GIVEN_REMOTELY, "channel", channel.get()),
                    Reason.of(ReasonCode.OTP_GIVEN_REMOTELY, "evidenceId", item.id(), "evidenceType", item.type(),
                            "channel", channel.get()));
        }
        if (remoteReport.isPresent()) {
            Reason reports = reportsRemoteRequest(remoteReport.get());
            return Weighting.disclosed(Reason.of(ReasonCode.WEIGHT_OTP_REQUEST_REPORTED, "report", reports), reports);
        }
        return channel.isPresent()
                ? Weighting.of(Weight.MODERATE, ReasonCode.WEIGHT_OTP_IN_PERSON)
                : Weighting.of(Weight.WEAK, ReasonCode.WEIGHT_OTP_CHANNEL_NOT_STATED);
    }

    /** "the customer's COMMUNICATION_LOG (evidence 5c1d2e3f) reports that the code was requested by phone" */
    static Reason reportsRemoteRequest(Evidence report) {
        return Reason.of(ReasonCode.OTP_REQUEST_REPORTED, "party", report.party(), "evidenceId", report.id(),
                "evidenceType", report.type(), "channel", report.attributes().text(CHANNEL).orElse(null));
    }

    private static Weighting cctvFootage(EvidenceAttributes attributes) {
        Optional<Boolean> covers = attributes.flag(COVERS_DELIVERY_WINDOW);
        if (covers.orElse(false)) {
            return Weighting.of(Weight.STRONG, ReasonCode.WEIGHT_CCTV_COVERS_WINDOW);
        }
        return Weighting.of(Weight.WEAK, covers.isPresent()
                ? ReasonCode.WEIGHT_CCTV_MISSES_WINDOW : ReasonCode.WEIGHT_CCTV_WINDOW_NOT_STATED);
    }

    private static Reason tooFar(ReasonCode code, BigDecimal distance) {
        return Reason.of(code, "distanceMeters", meters(distance), "maxMeters", meters(MAX_DISTANCE_METERS));
    }

    private static boolean tooFar(BigDecimal distance) {
        return distance.compareTo(MAX_DISTANCE_METERS) > 0;
    }

    /** A distance in metres as its argument: "8", "120.5". */
    static String meters(BigDecimal distance) {
        return distance.stripTrailingZeros().toPlainString();
    }

    /** A weight, the clause that explains it, and, for a one-time code given away, the clause that shows it. */
    record Weighting(Weight weight, Reason because, Optional<Reason> disclosure) {

        static Weighting of(Weight weight, Reason because) {
            return new Weighting(weight, because, Optional.empty());
        }

        static Weighting of(Weight weight, ReasonCode because) {
            return of(weight, Reason.of(because));
        }

        static Weighting disclosed(Reason because, Reason disclosure) {
            return new Weighting(Weight.NONE, because, Optional.of(disclosure));
        }
    }
}
