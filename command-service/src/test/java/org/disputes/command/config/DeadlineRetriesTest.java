package org.disputes.command.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineRetriesTest {

    private final DeadlineRetries<Object> retries = new DeadlineRetries<>(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void aFirstFailureIsTriedAgainASecondLater() {
        assertThat(retries.after(0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eachFailureInARowWaitsTwiceAsLongUpToFiveMinutes() {
        assertThat(retries.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retries.after(8)).isEqualTo(Duration.ofSeconds(256));
        assertThat(retries.after(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(retries.after(10_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
