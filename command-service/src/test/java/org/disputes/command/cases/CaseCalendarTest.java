package org.disputes.command.cases;

import org.disputes.api.CaseKind;
import org.disputes.api.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the other side's answer is due. For unauthorised payments (PSD2 art. 73) that is the end of the next
 * business day, Monday to Friday, counted in the jurisdiction's own zone; otherwise the response window.
 */
class CaseCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final Map<String, ZoneId> ZONES = Map.of(
            "FR", ZoneId.of("Europe/Paris"),
            "GB", ZoneId.of("Europe/London"),
            "US", ZoneId.of("America/New_York"));

    private static CaseCalendar calendar(Optional<Duration> unauthorizedRefundAfter) {
        return new CaseCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZONES, Duration.ofDays(3), unauthorizedRefundAfter);
    }

    private static final CaseCalendar NEXT_BUSINESS_DAY = calendar(Optional.empty());

    /** Each row: where, when filed (local time there), and when the next business day ends (local time there). */
    @ParameterizedTest(name = "[{index}] {0}: filed {1} → due {2} ({3})")
    @CsvSource(delimiter = '|', value = {
            // Paris, week of Monday 16 November 2026
            "FR | 2026-11-16T10:00 | 2026-11-18T00:00 | Monday → end of Tuesday",
            "FR | 2026-11-19T10:00 | 2026-11-21T00:00 | Thursday → end of Friday",
            "FR | 2026-11-20T10:00 | 2026-11-24T00:00 | Friday 10:00 → end of Monday",
            "FR | 2026-11-20T23:59 | 2026-11-24T00:00 | Friday just before midnight → end of Monday",
            "FR | 2026-11-21T00:00 | 2026-11-24T00:00 | Saturday midnight → end of Monday",
            "FR | 2026-11-21T15:00 | 2026-11-24T00:00 | Saturday → end of Monday",
            "FR | 2026-11-22T23:30 | 2026-11-24T00:00 | Sunday → end of Monday",
            "FR | 2026-11-23T00:00 | 2026-11-25T00:00 | Monday midnight → end of Tuesday",
            // Paris leaves summer time on Sunday 25 October 2026: Tuesday 00:00 is CET again
            "FR | 2026-10-23T10:00 | 2026-10-27T00:00 | Friday before the clocks change → end of Monday",
            // London
            "GB | 2026-11-20T17:00 | 2026-11-24T00:00 | Friday afternoon → end of Monday",
            // New York, five hours behind UTC in November
            "US | 2026-11-19T22:00 | 2026-11-21T00:00 | Thursday 22:00 (Friday 03:00 UTC) → end of Friday",
            "US | 2026-11-20T21:00 | 2026-11-24T00:00 | Friday 21:00 (Saturday 02:00 UTC) → end of Monday",
            "US | 2026-11-22T20:00 | 2026-11-24T00:00 | Sunday 20:00 (Monday 01:00 UTC) → end of Monday",
            "US | 2026-11-23T21:00 | 2026-11-25T00:00 | Monday 21:00 (Tuesday 02:00 UTC) → end of Tuesday"})
    void unauthorizedTransactionIsDueAtTheEndOfTheNextBusinessDayInTheJurisdictionsZone(
            String jurisdiction, String filedLocal, String dueLocal, String scenario) {
        ZoneId zone = ZONES.get(jurisdiction);
        Instant filedAt = ZonedDateTime.of(java.time.LocalDateTime.parse(filedLocal), zone).toInstant();
        Instant expected = ZonedDateTime.of(java.time.LocalDateTime.parse(dueLocal), zone).toInstant();

        assertThat(NEXT_BUSINESS_DAY.responseDueBy(CaseKind.UNAUTHORIZED_TRANSACTION, Jurisdiction.of(jurisdiction),
                filedAt)).as(scenario).isEqualTo(expected);
        assertThat(CaseCalendar.endOfNextBusinessDay(filedAt, zone)).as(scenario).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} filed at {1} (UTC) → due {2} (UTC)")
    @CsvSource(delimiter = '|', value = {
            // Friday 10:00 Paris → end of Monday in Paris, which is 23:00 UTC
            "FR | 2026-11-20T09:00:00Z | 2026-11-23T23:00:00Z",
            // across the end of summer time: Tuesday 00:00 CET is Monday 23:00 UTC
            "FR | 2026-10-23T08:00:00Z | 2026-10-26T23:00:00Z",
            // Saturday 02:00 UTC is still Friday in New York: the end of Monday there
            "US | 2026-11-21T02:00:00Z | 2026-11-24T05:00:00Z",
            // Tuesday 02:00 UTC is still Monday in New York: the end of Tuesday there, not Wednesday
            "US | 2026-11-24T02:00:00Z | 2026-11-25T05:00:00Z",
            // Friday 03:00 UTC is Thursday in New York: the end of Friday there, not of Monday
            "US | 2026-11-20T03:00:00Z | 2026-11-21T05:00:00Z"})
    void theSameInstantFallsOnTheDayOfItsJurisdiction(String jurisdiction, Instant filedAt, Instant expected) {
        assertThat(NEXT_BUSINESS_DAY.responseDueBy(CaseKind.UNAUTHORIZED_TRANSACTION, Jurisdiction.of(jurisdiction),
                filedAt)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "filed {0} → due {1}")
    @CsvSource({
            "2026-11-20T09:00:00Z, 2026-11-22T09:00:00Z",
            "2026-11-21T15:30:00Z, 2026-11-23T15:30:00Z"})
    void aConfiguredDurationReplacesTheNextBusinessDay(Instant filedAt, Instant expected) {
        CaseCalendar calendar = calendar(Optional.of(Duration.ofHours(48)));

        assertThat(calendar.responseDueBy(CaseKind.UNAUTHORIZED_TRANSACTION, Jurisdiction.of("FR"), filedAt))
                .as("48 hours later, weekend or not").isEqualTo(expected);
    }

    @Test
    void aConfiguredDurationMayBeSeconds() {
        CaseCalendar calendar = calendar(Optional.of(Duration.ofSeconds(5)));

        assertThat(calendar.responseDueBy(CaseKind.UNAUTHORIZED_TRANSACTION, Jurisdiction.of("US"), NOW))
                .isEqualTo(Instant.parse("2026-11-20T09:00:05Z"));
    }

    @ParameterizedTest
    @EnumSource(value = CaseKind.class, names = {"ITEM_NOT_RECEIVED", "NOT_AS_DESCRIBED"})
    void otherKindsAreDueWhenTheResponseWindowCloses(CaseKind kind) {
        Instant fridayInParis = Instant.parse("2026-11-20T09:00:00Z");

        assertThat(NEXT_BUSINESS_DAY.responseDueBy(kind, Jurisdiction.of("FR"), fridayInParis))
                .isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(calendar(Optional.of(Duration.ofHours(48))).responseDueBy(kind, Jurisdiction.of("FR"), fridayInParis))
                .as("the unauthorised-payment setting does not apply").isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void aResponseWindowOfSecondsIsHonoured() {
        CaseCalendar calendar = new CaseCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZONES, Duration.ofSeconds(3),
                Optional.empty());

        assertThat(calendar.responseDueBy(CaseKind.ITEM_NOT_RECEIVED, Jurisdiction.of("GB"), NOW))
                .isEqualTo(Instant.parse("2026-11-20T09:00:03Z"));
    }

    @ParameterizedTest(name = "serves {0}: {1}")
    @CsvSource({"FR, true", "GB, true", "US, true", "DE, false", "JP, false"})
    void servesOnlyTheConfiguredJurisdictions(String code, boolean served) {
        assertThat(NEXT_BUSINESS_DAY.serves(Jurisdiction.of(code))).isEqualTo(served);
    }

    @Test
    void listsTheJurisdictionsServed() {
        assertThat(NEXT_BUSINESS_DAY.jurisdictions()).containsExactlyInAnyOrder("FR", "GB", "US");
    }

    @Test
    void tellsTheTimeOfItsClock() {
        assertThat(NEXT_BUSINESS_DAY.now()).isEqualTo(NOW);
    }
}
