package org.disputes.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildRunTest {

    private static final Instant SEEN = Instant.parse("2026-11-23T20:00:00Z");

    @Test
    void theRebuildBeganWhenItsLogLineSaysSo() {
        String line = "2026-11-23T19:27:10.157Z  INFO 12908 --- [query-service] [           main] "
                + "org.disputes.query.config.ViewRebuild    : " + RebuildRun.REBUILDING;
        assertThat(RebuildRun.loggedAt(line, SEEN)).isEqualTo(Instant.parse("2026-11-23T19:27:10.157Z"));
    }

    @Test
    void aTimestampWithAnOffsetIsTheSameInstant() {
        assertThat(RebuildRun.loggedAt("2026-11-23T20:27:10.157+01:00  INFO 1 --- x", SEEN))
                .isEqualTo(Instant.parse("2026-11-23T19:27:10.157Z"));
    }

    @Test
    void aLineWithoutTimestampCountsFromWhenItWasSeen() {
        assertThat(RebuildRun.loggedAt(RebuildRun.REBUILDING, SEEN)).isEqualTo(SEEN);
        assertThat(RebuildRun.loggedAt("", SEEN)).isEqualTo(SEEN);
    }
}
