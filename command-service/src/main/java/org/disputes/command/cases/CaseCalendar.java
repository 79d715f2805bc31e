package org.disputes.command.cases;

import org.disputes.api.CaseKind;
import org.disputes.api.Jurisdiction;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time a case lives in: now, the jurisdictions served with their time zones, and when the other side's answer
 * is due — the response window for delivery claims and goods disputes, and for unauthorised payments the end of
 * the next business day in the jurisdiction's zone (PSD2 art. 73) or a configured duration.
 */
public final class CaseCalendar {

    private final Clock clock;
    private final Map<String, ZoneId> zones;
    private final Duration responseWindow;
    private final Optional<Duration> unauthorizedRefundAfter;

    /** {@code unauthorizedRefundAfter} empty means: at the end of the next business day. */
    public CaseCalendar(Clock clock, Map<String, ZoneId> zones, Duration responseWindow,
                        Optional<Duration> unauthorizedRefundAfter) {
        this.clock = clock;
        this.zones = Map.copyOf(zones);
        this.responseWindow = responseWindow;
        this.unauthorizedRefundAfter = unauthorizedRefundAfter;
    }

    public Instant now() {
        return clock.instant();
    }

    public boolean serves(Jurisdiction jurisdiction) {
        return zones.containsKey(jurisdiction.code());
    }

    public Set<String> jurisdictions() {
        return zones.keySet();
    }

    public Instant responseDueBy(CaseKind kind, Jurisdiction jurisdiction, Instant filedAt) {
        if (kind != CaseKind.UNAUTHORIZED_TRANSACTION) {
            return filedAt.plus(responseWindow);
        }
        return unauthorizedRefundAfter.map(filedAt::plus)
                .orElseGet(() -> endOfNextBusinessDay(filedAt, zones.get(jurisdiction.code())));
    }

    /** The instant the business day after {@code from} ends (Monday to Friday), in {@code zone}. */
    static Instant endOfNextBusinessDay(Instant from, ZoneId zone) {
        LocalDate day = from.atZone(zone).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
