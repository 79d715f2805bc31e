package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void aBareCommandRunsEverythingWithTheDocumentedDefaults() {
        Options options = Options.parse();
        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.responseWindow()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.rebuildEvents()).isEqualTo(1_000_000);
        assertThat(options.runs("load")).isTrue();
        assertThat(options.runs("rebuild")).isTrue();
    }

    @Test
    void givenOptionsOverrideTheDefaults() {
        Options options = Options.parse("--clients=4", "--seconds=10", "--window=PT5S", "--parts=rebuild");
        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.responseWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.runs("load")).isFalse();
    }

    @Test
    void nonsenseIsRefusedByName() {
        assertThatThrownBy(() -> Options.parse("--clients=-3")).hasMessageContaining("--clients");
        assertThatThrownBy(() -> Options.parse("--window=2s")).hasMessageContaining("--window");
        assertThatThrownBy(() -> Options.parse("--parts=load,everything")).hasMessageContaining("--parts");
        assertThatThrownBy(() -> Options.parse("--client=4")).hasMessageContaining("unknown option --client");
        assertThatThrownBy(() -> Options.parse("clients")).hasMessageContaining("--name=value");
        assertThatThrownBy(() -> Options.parse("--service-heap=lots")).hasMessageContaining("--service-heap");
    }
}
