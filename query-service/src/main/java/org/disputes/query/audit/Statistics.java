package org.disputes.query.audit;

import java.util.Map;

/**
 * What a regulator asks of the cases filed in a period: how many, where they stand, which rules decided them, how
 * many were decided without a person, how long a decision took (median hours), and how often people missed the
 * escalation SLA.
 */
public record Statistics(long cases, Map<String, Long> byStatus, Map<String, Long> byRule,
                         double decidedWithoutPerson, Double medianHoursToDecision, long slaBreaches) {
}
