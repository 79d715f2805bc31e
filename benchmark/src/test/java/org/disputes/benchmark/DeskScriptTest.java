package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeskScriptTest {

    private static final UUID CASE = UUID.fromString("0b9e7c9a-4a51-4c1e-9a55-3b8f1f0e2d11");

    @Test
    void aCaseIsFiledThenGetsTheCarriersTwoProofsAndTheCustomersCallLog() {
        assertThat(DeskScript.step(0, CASE).path()).isEqualTo("/api/delivery-claims");
        assertThat(DeskScript.step(0, CASE).body()).contains("\"caseId\":\"" + CASE + "\"");
        assertThat(DeskScript.step(0, CASE).accepted()).isEqualTo(201);
        for (int step = 1; step < DeskScript.STEPS; step++) {
            assertThat(DeskScript.step(step, CASE).path()).isEqualTo("/api/cases/" + CASE + "/evidence");
            assertThat(DeskScript.step(step, CASE).accepted()).isEqualTo(202);
        }
        assertThat(DeskScript.step(1, CASE).body()).contains("\"party\":\"CARRIER\"", "OTP_CONFIRMATION");
        assertThat(DeskScript.step(2, CASE).body()).contains("\"party\":\"CARRIER\"", "GPS_SCAN");
        assertThat(DeskScript.step(3, CASE).body()).contains("\"party\":\"CUSTOMER\"", "COMMUNICATION_LOG");
        assertThat(DeskScript.step(3, CASE).authorization()).isEqualTo(DeskScript.AGENT);
    }

    @Test
    void thereIsNoFifthStep() {
        assertThatThrownBy(() -> DeskScript.step(DeskScript.STEPS, CASE)).isInstanceOf(IllegalArgumentException.class);
    }
}
