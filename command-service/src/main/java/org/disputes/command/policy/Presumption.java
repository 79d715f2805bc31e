package org.disputes.command.policy;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * Whether a goods dispute was reported within the presumption period (Directive (EU) 2019/771 art. 11; France
 * 24 months, Code de la consommation L217-7). Counted in calendar days of the jurisdiction's zone, as the EU counts
 * periods (Regulation 1182/71 art. 3): delivered on 10 March, one year runs to the end of 10 March of the next
 * year; from 29 February, to the end of 28 February (rule NAD-P).
 */
public record Presumption(String jurisdiction, Period period, LocalDate deliveredOn, LocalDate lastDay,
                          LocalDate reportedOn) {

    static Presumption of(CaseFacts facts, PolicyTerms terms) {
        ZoneId zone = terms.zoneOf(facts.jurisdiction());
        Period period = terms.presumptionFor(facts.jurisdiction());
        LocalDate deliveredOn = facts.deliveredAt().atZone(zone).toLocalDate();
        return new Presumption(facts.jurisdiction().code(), period, deliveredOn, deliveredOn.plus(period),
                facts.filedAt().atZone(zone).toLocalDate());
    }

    public boolean within() {
        return !reportedOn.isAfter(lastDay);
    }

    /** Who must prove what, and why (rule NAD-P). */
    Reason sentence() {
        return Reason.of(within() ? ReasonCode.NAD_P_WITHIN : ReasonCode.NAD_P_AFTER, "reportedOn", reportedOn,
                "period", period, "jurisdiction", jurisdiction, "deliveredOn", deliveredOn, "lastDay", lastDay);
    }
}
