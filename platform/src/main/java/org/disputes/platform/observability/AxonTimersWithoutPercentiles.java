package org.disputes.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

import java.util.Set;

/**
 * Axon's message timers ({@code commandBus.allTimer}, {@code eventProcessor.allTimer}, …) without the percentiles
 * Axon computes for them in the service itself: every command and every event each processor takes or ignores went
 * into a ring of HDR histograms, a tenth of a busy command service's CPU with the meters around it. Percentiles
 * computed in one instance cannot be combined with another's either; the timers keep their count, sum and maximum,
 * which add up across instances.
 */
final class AxonTimersWithoutPercentiles implements MeterFilter {

    private static final Set<String> TIMERS = Set.of("allTimer", "successTimer", "failureTimer", "ignoredTimer");
    private static final DistributionStatisticConfig NO_PERCENTILES =
            DistributionStatisticConfig.builder().percentiles().percentilesHistogram(false).build();

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        return id.getType() == Meter.Type.TIMER && isAxons(id.getName()) ? NO_PERCENTILES.merge(config) : config;
    }

    private static boolean isAxons(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && TIMERS.contains(name.substring(dot + 1));
    }
}
