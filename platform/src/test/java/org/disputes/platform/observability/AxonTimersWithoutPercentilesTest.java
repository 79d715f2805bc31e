package org.disputes.platform.observability;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AxonTimersWithoutPercentilesTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    {
        registry.config().meterFilter(new AxonTimersWithoutPercentiles());
    }

    @Test
    void axonsTimersKeepCountSumAndMaxButNoPercentiles() {
        Timer axons = Timer.builder("eventProcessor.allTimer").tag("processorName", "webhooks")
                .publishPercentiles(0.5, 0.99).register(registry);
        axons.record(Duration.ofMillis(3));

        String scrape = registry.scrape();
        assertThat(scrape).contains("eventProcessor_allTimer_seconds_count{processorName=\"webhooks\"} 1")
                .contains("eventProcessor_allTimer_seconds_max").doesNotContain("quantile");
        assertThat(axons.takeSnapshot().percentileValues()).isEmpty();
    }

    @Test
    void otherTimersKeepTheirPercentiles() {
        Timer other = Timer.builder("disputes.something").publishPercentiles(0.5).register(registry);
        other.record(Duration.ofMillis(3));

        assertThat(other.takeSnapshot().percentileValues()).hasSize(1);
        assertThat(registry.scrape()).contains("disputes_something_seconds{quantile=\"0.5\"}");
    }
}
