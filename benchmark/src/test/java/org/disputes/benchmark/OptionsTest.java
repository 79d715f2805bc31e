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
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.warmUpLimit()).isEqualTo(Duration.ofSeconds(900));
        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.openLoopMeasure()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.responseWindow()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.rebuildEvents()).isEqualTo(5_000_000);
        assertThat(options.instances()).isEqualTo(2);
        assertThat(options.rate()).isEmpty();
        assertThat(options.runs("load")).isTrue();
        assertThat(options.runs("rebuild")).isTrue();
        assertThat(options.runsMode("closed")).isTrue();
        assertThat(options.runsMode("open")).isTrue();
    }

    @Test
    void givenOptionsOverrideTheDefaults() {
        Options options = Options.parse("--clients=4", "--seconds=10", "--window=PT5S", "--parts=rebuild",
                "--instances=1", "--open-loop-seconds=30", "--modes=closed", "--rebuild-events=200000");
        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.measure()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.openLoopMeasure()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.responseWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.instances()).isEqualTo(1);
        assertThat(options.rebuildEvents()).isEqualTo(200_000);
        assertThat(options.runs("load")).isFalse();
        assertThat(options.runsMode("closed")).isTrue();
        assertThat(options.runsMode("open")).isFalse();
    }

    @Test
    void theOpenLoopRunsAtHalfTheSaturationRateUnlessARateIsGiven() {
        assertThat(Options.parse().openLoopRate(275)).isEqualTo(137.5);
        assertThat(Options.parse("--rate=150").openLoopRate(275)).isEqualTo(150);
        assertThat(Options.parse("--rate=12.5").openLoopRate(275)).isEqualTo(12.5);
        // a closed loop that answered nothing still leaves a rate to send at
        assertThat(Options.parse().openLoopRate(0)).isEqualTo(1);
    }

    @Test
    void anOpenLoopAloneNeedsARateSinceNoSaturationIsMeasured() {
        assertThatThrownBy(() -> Options.parse("--modes=open")).hasMessageContaining("--rate");
        assertThat(Options.parse("--modes=open", "--rate=100").runsMode("closed")).isFalse();
    }

    @Test
    void nonsenseIsRefusedByName() {
        assertThatThrownBy(() -> Options.parse("--clients=-3")).hasMessageContaining("--clients");
        assertThatThrownBy(() -> Options.parse("--window=2s")).hasMessageContaining("--window");
        assertThatThrownBy(() -> Options.parse("--parts=load,everything")).hasMessageContaining("--parts");
        assertThatThrownBy(() -> Options.parse("--modes=closed,")).hasMessageContaining("--modes");
        assertThatThrownBy(() -> Options.parse("--rate=0")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> Options.parse("--rate=fast")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> Options.parse("--instances=0")).hasMessageContaining("--instances");
        assertThatThrownBy(() -> Options.parse("--open-loop-seconds=x")).hasMessageContaining("--open-loop-seconds");
        assertThatThrownBy(() -> Options.parse("--client=4")).hasMessageContaining("unknown option --client");
        assertThatThrownBy(() -> Options.parse("clients")).hasMessageContaining("--name=value");
        assertThatThrownBy(() -> Options.parse("--service-heap=lots")).hasMessageContaining("--service-heap");
    }

    @Test
    void aWarmUpLimitBelowTheWarmUpIsRefusedAndAnEqualOneFixesTheWarmUp() {
        assertThatThrownBy(() -> Options.parse("--warm-up=PT60S", "--warm-up-limit=PT30S"))
                .hasMessageContaining("--warm-up-limit must be at least --warm-up");
        Options fixed = Options.parse("--warm-up=PT60S", "--warm-up-limit=PT60S");
        assertThat(fixed.warmUpLimit()).isEqualTo(fixed.warmUp());
    }

    @Test
    void theUsageShowsEveryOptionWithItsDefault() {
        assertThat(Options.usage()).contains("[--warm-up=PT180S]", "[--warm-up-limit=PT900S]",
                "[--modes=closed,open]", "[--rate=half]", "[--instances=2]", "[--open-loop-seconds=60]",
                "[--rebuild-events=5000000]");
    }
}
