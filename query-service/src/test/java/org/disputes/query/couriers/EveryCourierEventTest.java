package org.disputes.query.couriers;

import org.disputes.api.CaseId;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.fraud.CourierEvent;
import org.disputes.api.fraud.CourierFlagged;
import org.disputes.api.fraud.FraudReferralOpened;
import org.disputes.testsupport.SealedFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

/** Every member of the sealed {@link CourierEvent} family is written to the courier's record. */
class EveryCourierEventTest {

    static final CaseId CASE = CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956");
    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    static final Map<Class<?>, CourierEvent> SAMPLES = Stream.<CourierEvent>of(
            new CourierFlagged("COURIER-19", CASE, Signal.OTP_REMOTE_DISCLOSURE, AT),
            new FraudReferralOpened("COURIER-19", "REF-1", List.of(CASE), AT))
            .collect(Collectors.toMap(Object::getClass, Function.identity()));

    static Stream<Class<?>> everyCourierEvent() {
        return SealedFamily.members(CourierEvent.class).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCourierEvent")
    void isRecorded(Class<?> type) {
        CourierEvent sample = SAMPLES.get(type);
        if (sample == null) {
            fail("%s is a CourierEvent without a sample in EveryCourierEventTest.SAMPLES: add one, and record it in"
                    + " CourierProjection", type.getName());
        }
        CourierRepository couriers = mock(CourierRepository.class);

        new CourierProjection(couriers).record(sample);

        assertThat(mockingDetails(couriers).getInvocations()).hasSize(1);
    }
}
