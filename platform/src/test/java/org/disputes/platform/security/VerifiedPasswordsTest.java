package org.disputes.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;

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
}
