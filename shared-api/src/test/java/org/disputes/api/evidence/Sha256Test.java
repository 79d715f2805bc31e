package org.disputes.api.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Sha256Test {

    private static final String DIGEST = "0123456789abcdef".repeat(4);

    @Test
    void sixtyFourLowerCaseHexCharactersAreADigest() {
        assertThat(Sha256.isWellFormed(DIGEST)).isTrue();
        assertThat(Sha256.of(DIGEST).toString()).isEqualTo(DIGEST);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "0123456789abcdef", // too short
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", // a character too many
            "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", // upper case
            "0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef", // just past f
            "/123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // just before 0
            ":123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // just after 9
            "`123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // just before a
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde ", // a space at the end
            "٠123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}) // an Arabic-Indic zero
    void anythingElseIsNot(String hex) {
        assertThat(Sha256.isWellFormed(hex)).isFalse();
        assertThatThrownBy(() -> Sha256.of(hex)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a SHA-256 digest is 64 lower-case hex characters");
    }
}
