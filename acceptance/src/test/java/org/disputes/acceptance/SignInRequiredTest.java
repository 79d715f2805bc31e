package org.disputes.acceptance;

import org.disputes.process.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safe by default: a service started with no users of its own, no bearer-token setting and the demo users not
 * asked for refuses to start, and says what to configure, instead of running with passwords everyone knows.
 */
class SignInRequiredTest {

    @Test
    void aServiceWithNoOneToSignInRefusesToStartAndSaysWhatToConfigure() {
        assertThatThrownBy(() -> ServiceProcess.start(RunningSystem.jar("command-service"), RunningSystem.logs(),
                ServiceProcess.freePort(), withMasterKey(), List.of("-XX:TieredStopAtLevel=1", "-Xmx256m"),
                List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited while starting")
                .hasMessageContaining("No one can sign in: no users are configured and the demo users are off")
                .hasMessageContaining("disputes.security.users[0].name")
                .hasMessageContaining("DISPUTES_SECURITY_MODE=jwt")
                .hasMessageContaining("DISPUTES_SECURITY_DEMO_USERS=true")
                .hasMessageNotContaining("\tat ");
    }

    /** The database and a master key: only the users are missing. */
    private static java.util.Map<String, String> withMasterKey() {
        java.util.Map<String, String> environment = new java.util.HashMap<>(RunningSystem.database());
        environment.put("DISPUTES_MASTER_KEY", RunningSystem.MASTER_KEY);
        return environment;
    }
}
