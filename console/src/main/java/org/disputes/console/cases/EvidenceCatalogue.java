package org.disputes.console.cases;

import java.util.List;
import java.util.Map;

/** The kinds of evidence and the attributes each takes (POLICY.md §2), for the evidence form. */
public final class EvidenceCatalogue {

    /** An attribute's field: a yes/no, a number of metres, or a channel. */
    public record Attribute(String name, String kind) {
        public boolean isBoolean() {
            return "boolean".equals(kind);
        }

        public boolean isNumber() {
            return "number".equals(kind);
        }
    }

    public static final List<String> PARTIES = List.of("CUSTOMER", "SELLER", "CARRIER", "AGENT", "THIRD_PARTY");
    public static final List<String> CHANNELS = List.of("IN_PERSON", "PHONE", "SMS", "EMAIL", "CHAT", "APP", "OTHER");

    private static final Attribute DISTANCE = new Attribute("distanceMeters", "number");
    private static final Attribute CHANNEL = new Attribute("channel", "channel");

    private static final Map<String, List<Attribute>> ATTRIBUTES = Map.ofEntries(
            Map.entry("SIGNATURE", List.of(bool("signerIsRecipient"), bool("signerIsNominee"))),
            Map.entry("DELIVERY_PHOTO", List.of(bool("geotagged"), DISTANCE)),
            Map.entry("GPS_SCAN", List.of(DISTANCE)),
            Map.entry("OTP_CONFIRMATION", List.of(CHANNEL)),
            Map.entry("LOCKER_PICKUP_LOG", List.of()),
            Map.entry("CARRIER_SCAN", List.of()),
            Map.entry("THIRD_PARTY_HANDOVER", List.of(bool("nominatedByCustomer"))),
            Map.entry("CCTV_FOOTAGE", List.of(bool("coversDeliveryWindow"))),
            Map.entry("POLICE_REPORT", List.of()),
            Map.entry("WITNESS_STATEMENT", List.of()),
            Map.entry("COMMUNICATION_LOG", List.of(bool("otpRequestedRemotely"), CHANNEL)),
            Map.entry("DEFECT_PHOTO", List.of()),
            Map.entry("EXPERT_REPORT", List.of()),
            Map.entry("SCA_RECORD", List.of()),
            Map.entry("DEVICE_MATCH", List.of()),
            Map.entry("INSPECTION_REPORT", List.of()));

    /** In the order of POLICY.md's tables. */
    public static final List<String> TYPES = List.of("SIGNATURE", "DELIVERY_PHOTO", "GPS_SCAN", "OTP_CONFIRMATION",
            "LOCKER_PICKUP_LOG", "CARRIER_SCAN", "THIRD_PARTY_HANDOVER", "CCTV_FOOTAGE", "POLICE_REPORT",
            "WITNESS_STATEMENT", "COMMUNICATION_LOG", "DEFECT_PHOTO", "EXPERT_REPORT", "SCA_RECORD", "DEVICE_MATCH",
            "INSPECTION_REPORT");

    private EvidenceCatalogue() {
    }

    public static List<Attribute> attributesOf(String type) {
        return type == null ? List.of() : ATTRIBUTES.getOrDefault(type, List.of());
    }

    /** The parties a person may submit evidence as: an agent for anyone, a carrier or seller only as itself. */
    public static List<String> partiesFor(String role) {
        return switch (role) {
            case "CARRIER" -> List.of("CARRIER");
            case "SELLER" -> List.of("SELLER");
            default -> PARTIES;
        };
    }

    private static Attribute bool(String name) {
        return new Attribute(name, "boolean");
    }
}
