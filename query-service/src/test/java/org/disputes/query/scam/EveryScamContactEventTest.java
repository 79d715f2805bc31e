package org.disputes.query.scam;

import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.TenderMethod;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.ScamContactConfirmed;
import org.disputes.api.scam.ScamContactDismissed;
import org.disputes.api.scam.ScamContactEvent;
import org.disputes.api.scam.ScamContactId;
import org.disputes.api.scam.ScamContactReferred;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactSuspected;
import org.disputes.api.scam.ScamContactTakenDown;
import org.disputes.api.scam.ScamTakedownRequested;
import org.disputes.testsupport.SealedFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every member of the sealed {@link ScamContactEvent} family is told in a contact's history: an event added to the
 * family fails here until it has a sample below and {@link ScamSentences} (which the projection calls for each
 * event it records) tells it.
 */
class EveryScamContactEventTest {

    static final ScamContactId CONTACT = ScamContactId.of("33333333-3333-3333-3333-333333333333");
    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    static final Map<Class<?>, ScamContactEvent> SAMPLES = Stream.<ScamContactEvent>of(
            new ScamContactReported(CONTACT, UUID.fromString("44444444-4444-4444-4444-444444444444"),
                    ScamChannel.PHONE, "+33123456789", null, "Amazon", "CUST-77",
                    CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956"), "They asked for my code", AT,
                    Money.of("120.00", "EUR"), TenderMethod.CARD, AT),
            new ScamContactSuspected(CONTACT, "SCAM-1", "3 distinct customers within 30 days", 3, AT),
            new ScamContactConfirmed(CONTACT, "Three matching reports and the brand's confirmation", "lead", AT),
            new ScamContactDismissed(CONTACT, "This is the brand's real support number, checked", "lead", AT),
            new ScamTakedownRequested(CONTACT, "the operator", "T-1", AT),
            new ScamContactTakenDown(CONTACT, AT, AT),
            new ScamContactReferred(CONTACT, "the police", "R-1", AT))
            .collect(Collectors.toMap(Object::getClass, Function.identity()));

    static Stream<Class<?>> everyScamContactEvent() {
        return SealedFamily.members(ScamContactEvent.class).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyScamContactEvent")
    void theHistoryTellsIt(Class<?> type) {
        ScamContactEvent sample = SAMPLES.get(type);
        if (sample == null) {
            fail("%s is a ScamContactEvent without a sample in EveryScamContactEventTest.SAMPLES: add one, and"
                    + " record it in ScamContactProjection and tell it in ScamSentences", type.getName());
        }
        assertThat(ScamSentences.describe(sample)).isNotBlank().doesNotContain("CUST-77", "my code");
    }
}
