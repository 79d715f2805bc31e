package org.disputes.console.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In JWT mode the console refuses to start, and says why in a sentence. */
class JwtModeRefusalTest {

    @Test
    void jwtModeIsRefusedWithASentence() {
        assertThatThrownBy(() -> new JwtModeRefusal("jwt").afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(JwtModeRefusal.REFUSAL);
        assertThat(JwtModeRefusal.REFUSAL).startsWith("The console does not serve disputes.security.mode=jwt yet");
    }

    @Test
    void basicModeStarts() {
        assertThatCode(() -> new JwtModeRefusal("basic").afterPropertiesSet()).doesNotThrowAnyException();
        assertThatCode(() -> new JwtModeRefusal(" Basic ").afterPropertiesSet()).doesNotThrowAnyException();
    }
}
