package org.disputes.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCollectorTest {

    @Test
    void aServiceRunsOnZgcUnlessItsEnvironmentNamesACollector() {
        assertThat(ServiceCollector.options(null)).containsExactly("-XX:+UseZGC");
        assertThat(ServiceCollector.options("")).containsExactly("-XX:+UseZGC");
        assertThat(ServiceCollector.options("-XX:StartFlightRecording=filename=/tmp/r.jfr -Xlog:gc"))
                .containsExactly("-XX:+UseZGC");
        assertThat(ServiceCollector.options("-Xlog:gc -XX:+UseG1GC")).isEmpty();
        assertThat(ServiceCollector.options("-XX:+UseParallelGC")).isEmpty();
        assertThat(ServiceCollector.options("-XX:+UseZGC -Xmx2g")).isEmpty();
    }
}
