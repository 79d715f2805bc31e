package org.disputes.command.policy;

import org.disputes.api.Jurisdiction;

import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings the rules read (POLICY.md §6), as a plain value the configuration builds from {@code PolicySettings}.
 *
 * @param autoRefundLimits the most the machine may refund on its own, per currency; a currency without a limit
 *                         gives the machine no authority in it (INR-5, NAD-6)
 * @param nadPresumption   the presumption period for non-conforming goods where a jurisdiction sets none
 * @param nadPresumptions  the presumption period per jurisdiction code where it differs (FR: P2Y)
 * @param zones            each jurisdiction's time zone: the presumption period counts calendar days there
 */
public record PolicyTerms(Map<Currency, BigDecimal> autoRefundLimits, Period nadPresumption,
                          Map<String, Period> nadPresumptions, Map<String, ZoneId> zones) {

    public PolicyTerms {
        autoRefundLimits = Map.copyOf(autoRefundLimits);
        Objects.requireNonNull(nadPresumption, "nadPresumption");
        nadPresumptions = Map.copyOf(nadPresumptions);
        zones = Map.copyOf(zones);
    }

    /** The defaults of POLICY.md §6. */
    public static PolicyTerms defaults() {
        return new PolicyTerms(
                Map.of(Currency.getInstance("EUR"), new BigDecimal("5000.00"),
                        Currency.getInstance("USD"), new BigDecimal("5000.00"),
                        Currency.getInstance("GBP"), new BigDecimal("4500.00")),
                Period.ofYears(1),
                Map.of("FR", Period.ofYears(2)),
                Map.of("FR", ZoneId.of("Europe/Paris"), "DE", ZoneId.of("Europe/Berlin"),
                        "IT", ZoneId.of("Europe/Rome"), "ES", ZoneId.of("Europe/Madrid"),
                        "GB", ZoneId.of("Europe/London"), "US", ZoneId.of("America/New_York")));
    }

    public Optional<BigDecimal> autoRefundLimit(Currency currency) {
        return Optional.ofNullable(autoRefundLimits.get(currency));
    }

    public Period presumptionFor(Jurisdiction jurisdiction) {
        return nadPresumptions.getOrDefault(jurisdiction.code(), nadPresumption);
    }

    /** A jurisdiction without a configured zone counts its days in UTC (the calendar refuses such cases anyway). */
    public ZoneId zoneOf(Jurisdiction jurisdiction) {
        return zones.getOrDefault(jurisdiction.code(), ZoneOffset.UTC);
    }

    public PolicyTerms withAutoRefundLimit(Currency currency, BigDecimal limit) {
        Map<Currency, BigDecimal> limits = new HashMap<>(autoRefundLimits);
        limits.put(currency, limit);
        return new PolicyTerms(limits, nadPresumption, nadPresumptions, zones);
    }

    public PolicyTerms withoutAutoRefundLimit(Currency currency) {
        Map<Currency, BigDecimal> limits = new HashMap<>(autoRefundLimits);
        limits.remove(currency);
        return new PolicyTerms(limits, nadPresumption, nadPresumptions, zones);
    }
}
