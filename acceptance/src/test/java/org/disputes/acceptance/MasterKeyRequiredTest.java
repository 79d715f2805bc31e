package org.disputes.acceptance;

import org.disputes.process.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safe by default: a service without the master key that protects customers' personal data refuses to start, and
 * says what to configure and how to make a key, rather than storing personal data in clear.
 */
class MasterKeyRequiredTest {

    @Test
    void aServiceWithoutAMasterKeyRefusesToStartAndSaysWhatToConfigure() {
        Map<String, String> environment = new HashMap<>(RunningSystem.database());
        environment.put("DISPUTES_SECURITY_DEMO_USERS", "true");
        assertThatThrownBy(() -> ServiceProcess.start(RunningSystem.jar("command-service"), RunningSystem.logs(),
                ServiceProcess.freePort(), environment, List.of("-XX:TieredStopAtLevel=1", "-Xmx256m"), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited while starting")
                .hasMessageContaining("No master key is configured for customers' personal data")
                .hasMessageContaining("DISPUTES_MASTER_KEY")
                .hasMessageContaining("openssl rand -base64 32")
                .hasMessageNotContaining("\tat ");
    }

    @Test
    void aMasterKeyOfTheWrongSizeIsRefusedToo() {
        Map<String, String> environment = new HashMap<>(RunningSystem.database());
        environment.put("DISPUTES_SECURITY_DEMO_USERS", "true");
        environment.put("DISPUTES_MASTER_KEY", "c2hvcnQ=");
        assertThatThrownBy(() -> ServiceProcess.start(RunningSystem.jar("query-service"), RunningSystem.logs(),
                ServiceProcess.freePort(), environment, List.of("-XX:TieredStopAtLevel=1", "-Xmx256m"), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The master key must be 32 bytes (256 bits), not 5")
                .hasMessageNotContaining("c2hvcnQ=");
    }
}
