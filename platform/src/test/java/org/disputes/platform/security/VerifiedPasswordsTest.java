package org.disputes.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

    /** Stores "hash:" + password and counts the (expensive) checks it is asked for. */
    static final class CountingEncoder implements PasswordEncoder {
        int checks;

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return encoded.equals("hash:" + raw);
        }
    }

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(10), 100);

    @Test
    void aVerifiedPasswordIsNotCheckedAgain() {
        assertThat(passwords.matches("agent-demo", "hash:agent-demo")).isTrue();
        assertThat(passwords.matches("agent-demo", "hash:agent-demo")).isTrue();
        assertThat(bcrypt.checks).isEqualTo(1);
    }

    @Test
    void everyWrongGuessPaysTheFullCheckAndStaysWrong() {
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("guess", "hash:agent-demo")).isFalse();
        }
        assertThat(bcrypt.checks).isEqualTo(3);
    }

    @Test
    void aPasswordVerifiedAgainstOneStoredHashProvesNothingAgainstAnother() {
        assertThat(passwords.matches("agent-demo", "hash:agent-demo")).isTrue();
        assertThat(passwords.matches("agent-demo", "hash:changed")).isFalse();
        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void aPasswordThatOnlyStartsLikeTheRightOneIsChecked() {
        assertThat(passwords.matches("agent-demo", "hash:agent-demo")).isTrue();
        assertThat(passwords.matches("agent-dem", "hash:agent-demo")).isFalse();
        assertThat(passwords.matches("agent-demo ", "hash:agent-demo")).isFalse();
    }
    @Test
    void aBurstOfRequestsWithTheSamePasswordIsCheckedOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger checks = new AtomicInteger();
        VerifiedPasswords slow = new VerifiedPasswords(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "hash:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return encoded.equals("hash:" + raw);
            }
        }, Duration.ofMinutes(10), 100);
        List<Thread> requests = new ArrayList<>();
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            answers.add(answer);
            Thread request = new Thread(() -> answer.complete(slow.matches("agent-demo", "hash:agent-demo")));
            requests.add(request);
            request.start();
        }
        // every request has arrived: one is checking, the others wait (or have checked too, which is the fault)
        Instant deadline = Instant.now().plusSeconds(10);
        while (requests.stream().filter(t -> t.getState() != Thread.State.RUNNABLE).count() < 16
                && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (CompletableFuture<Boolean> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(checks).hasValue(1);
    }
}
