package org.disputes.process;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch hears of another JVM's collection pauses, counts them, and starts its account afresh when reset. */
class HeapWatchTest {

    private Process collector;
    private OutputStream collect;

    @BeforeEach
    void startACollector() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classes = Path.of(Collector.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        collector = new ProcessBuilder(List.of(java, "-XX:+UseG1GC", "-cp", classes, Collector.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        collect = collector.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(collector.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
    }

    @AfterEach
    void stopIt() throws Exception {
        collect.close();
        if (!collector.waitFor(30, TimeUnit.SECONDS)) {
            collector.destroyForcibly();
        }
    }

    @Test
    void countsThePausesOfTheWatchedJvm() throws Exception {
        try (HeapWatch watch = HeapWatch.of(collector.pid(), Duration.ofMillis(100))) {
            assertThat(watch.pauses().count()).as("pauses before any collection was asked for").isZero();

            collectTimes(3);
            HeapWatch.Pauses heard = Poll.until(watch::pauses, pauses -> pauses.count() >= 3, Duration.ofSeconds(30));

            assertThat(heard.count()).as("full collections heard of").isEqualTo(3);
            assertThat(heard.totalMillis()).isGreaterThanOrEqualTo(heard.longestMillis());

            watch.reset();
            assertThat(watch.pauses()).isEqualTo(new HeapWatch.Pauses(0, 0, 0));
            collectTimes(1);
            assertThat(Poll.until(watch::pauses, pauses -> pauses.count() >= 1, Duration.ofSeconds(30)).count())
                    .as("pauses after the reset").isEqualTo(1);
        }
    }

    private void collectTimes(int times) throws Exception {
        collect.write("\n".repeat(times).getBytes(StandardCharsets.US_ASCII));
        collect.flush();
    }
}
