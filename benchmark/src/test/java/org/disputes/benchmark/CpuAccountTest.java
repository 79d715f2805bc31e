package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuAccountTest {

    @Test
    void eachSidesCpuIsSharedOverTheAnsweredCommands() {
        CpuAccount.Used used = new CpuAccount.Used(32_500, 13_900, 8_100, 0, 0);
        assertThat(used.perCommand(10_000))
                .isEqualTo("command services 3.25 ms, query services 1.39 ms, PostgreSQL 0.81 ms");
    }

    @Test
    void theJitsShareOfEachSidesCpuIsTold() {
        CpuAccount.Used used = new CpuAccount.Used(40_000, 10_000, 8_000, 10_000, 500);
        assertThat(used.compiling())
                .isEqualTo("command services 10.0 s (25% of their CPU), query services 0.5 s (5%)");
    }

    @Test
    void noCommandAnsweredIsNoDivisionByZero() {
        assertThat(new CpuAccount.Used(1_000, 0, 0, 0, 0).perCommand(0)).startsWith("command services 1000.00 ms");
    }
}
