package org.disputes.platform.deadletter;

import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator reads of why an event was parked. */
class ParkReasonTest {

    @Test
    void theCauseOperatorsReadQuotesNothingOfTheFailure() {
        String secret = "customer Jane Doe, +33 6 12 34 56 78";
        assertThat(ParkReason.of(new IllegalArgumentException(secret)).getMessage())
                .isEqualTo("The handler failed on this event.");
        assertThat(ParkReason.of(new DataIntegrityViolationException(secret)).getMessage())
                .isEqualTo("The database refused what the handler wrote.");
        assertThat(ParkReason.of(new SerializationException(secret)).getMessage())
                .isEqualTo("The stored event could not be read.");
        assertThat(ParkReason.of(new IllegalStateException(secret)).getStackTrace()).isEmpty();
    }
}
