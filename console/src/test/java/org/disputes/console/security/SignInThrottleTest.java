package org.disputes.console.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Repeated wrong passwords slow down, per user name, and are forgotten after a success or a quiet while. */
class SignInThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void eachWrongPasswordAfterTheThirdDoublesTheWaitUpToItsCeiling() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.delayFor("agent")).isZero();
            throttle.failed("agent");
        }
        assertThat(throttle.delayFor("agent")).isEqualTo(Duration.ofMillis(500));
        throttle.failed("Agent");
        assertThat(throttle.delayFor("agent")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            throttle.failed("agent");
        }
        assertThat(throttle.delayFor("agent")).isEqualTo(SignInThrottle.MAX_WAIT);
        assertThat(throttle.delayFor("lead")).isZero();
    }

    @Test
    void aSuccessOrAQuietWhileForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("agent");
        }
        throttle.succeeded("agent");
        assertThat(throttle.delayFor("agent")).isZero();
        for (int i = 0; i < 5; i++) {
            throttle.failed("agent");
        }
        now.set(now.get().plus(SignInThrottle.MEMORY).plusSeconds(1));
        assertThat(throttle.delayFor("agent")).isZero();
    }
}
