package org.disputes.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of POLICY.md §6, every one overridable as {@code --disputes.policy.…=} or by environment variable.
 * Jurisdictions and their zones come from {@code application.yml}; a deployment adds its own.
 *
 * @param responseWindow       how long the side carrying the burden of proof has to answer a request for proof
 * @param escalationSla        how long the escalation team has to decide before the case is overdue and raised a tier
 * @param appealWindow         how long after a denial by a person the customer may appeal
 * @param repeatClaimantPeriod how far back a customer's other non-receipt cases count towards the repeat-claimant
 *                             rule (INR-1)
 * @param courierPatternPeriod how far back a courier's flagged or refunded non-receipt cases count towards a fraud
 *                             referral (COURIER_PATTERN)
 * @param autoRefundLimit      per currency, the largest amount the machine refunds without a person
 * @param nadPresumption       the presumption period of a "not as described" dispute: reported within it after
 *                             delivery, the seller must prove conformity; after it, the customer the defect
 * @param unauthorizedRefundBy when an unauthorised payment must be refunded: {@code NEXT_BUSINESS_DAY} (its end, in
 *                             the jurisdiction's zone) or an ISO duration
 * @param jurisdictions        per ISO 3166-1 alpha-2 code, the jurisdiction's zone and its own presumption period
 */
@ConfigurationProperties("disputes.policy")
public record PolicySettings(
        @DefaultValue("P3D") Duration responseWindow,
        @DefaultValue("P14D") Duration escalationSla,
        @DefaultValue("P30D") Duration appealWindow,
        @DefaultValue("P90D") Duration repeatClaimantPeriod,
        @DefaultValue("P90D") Duration courierPatternPeriod,
        Map<String, BigDecimal> autoRefundLimit,
        @DefaultValue("P1Y") Period nadPresumption,
        @DefaultValue("NEXT_BUSINESS_DAY") String unauthorizedRefundBy,
        Map<String, JurisdictionSettings> jurisdictions) {

    public static final String NEXT_BUSINESS_DAY = "NEXT_BUSINESS_DAY";

    public PolicySettings {
        autoRefundLimit = autoRefundLimit == null ? Map.of() : Map.copyOf(autoRefundLimit);
        jurisdictions = jurisdictions == null ? Map.of() : Map.copyOf(jurisdictions);
        if (!NEXT_BUSINESS_DAY.equals(unauthorizedRefundBy)) {
            Duration.parse(unauthorizedRefundBy);
        }
        jurisdictions.forEach((code, settings) -> {
            if (!code.matches("[A-Z]{2}") || settings.zone() == null) {
                throw new IllegalArgumentException("disputes.policy.jurisdictions." + code
                        + ": an ISO 3166-1 alpha-2 code with a zone");
            }
        });
    }

    /** Empty when unauthorised payments are refunded at the end of the next business day. */
    public Optional<Duration> unauthorizedRefundAfter() {
        return NEXT_BUSINESS_DAY.equals(unauthorizedRefundBy) ? Optional.empty()
                : Optional.of(Duration.parse(unauthorizedRefundBy));
    }

    public Map<String, ZoneId> zones() {
        return jurisdictions.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().zone()));
    }

    /** A jurisdiction served: its time zone and, where it differs, its presumption period for non-conforming goods. */
    /**
     * @param zone           the jurisdiction's time zone: business days and their ends are counted in it
     * @param nadPresumption the jurisdiction's own presumption period, in the place of the default
     */
    public record JurisdictionSettings(ZoneId zone, Period nadPresumption) {
    }
}
