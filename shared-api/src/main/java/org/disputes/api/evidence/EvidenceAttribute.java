package org.disputes.api.evidence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The attributes the burden-of-proof policy reads (POLICY.md §2), each with the type of value it takes. Other
 * attributes may be recorded; these must be well-typed because a decision depends on them.
 */
public enum EvidenceAttribute {
    SIGNER_IS_RECIPIENT("signerIsRecipient", ValueType.BOOLEAN),
    SIGNER_IS_NOMINEE("signerIsNominee", ValueType.BOOLEAN),
    GEOTAGGED("geotagged", ValueType.BOOLEAN),
    DISTANCE_METERS("distanceMeters", ValueType.NON_NEGATIVE_NUMBER),
    CHANNEL("channel", ValueType.CHANNEL),
    OTP_REQUESTED_REMOTELY("otpRequestedRemotely", ValueType.BOOLEAN),
    NOMINATED_BY_CUSTOMER("nominatedByCustomer", ValueType.BOOLEAN),
    COVERS_DELIVERY_WINDOW("coversDeliveryWindow", ValueType.BOOLEAN);

    /** How a one-time code reached whoever entered it. */
    public static final List<String> CHANNELS = List.of("IN_PERSON", "PHONE", "SMS", "EMAIL", "CHAT", "APP", "OTHER");

    public enum ValueType { BOOLEAN, NON_NEGATIVE_NUMBER, CHANNEL }

    private final String key;
    private final ValueType valueType;

    EvidenceAttribute(String key, ValueType valueType) {
        this.key = key;
        this.valueType = valueType;
    }

    public String key() {
        return key;
    }

    public static Optional<EvidenceAttribute> forKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }

    /** Why {@code value} does not fit this attribute, or empty when it does. */
    public Optional<String> problemWith(Object value) {
        return switch (valueType) {
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : Optional.of("must be true or false");
            case NON_NEGATIVE_NUMBER -> value instanceof Number n && new BigDecimal(n.toString()).signum() >= 0
                    ? Optional.empty() : Optional.of("must be a number of zero or more");
            case CHANNEL -> value instanceof String s && CHANNELS.contains(s)
                    ? Optional.empty() : Optional.of("must be one of " + CHANNELS);
        };
    }
}
