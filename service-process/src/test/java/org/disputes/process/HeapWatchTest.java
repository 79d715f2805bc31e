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

/**
 * The watch hears of another JVM's collections: it counts their pauses, finds the heap's peak in what was in use
 * before them, and starts its account afresh when reset.
 */
class HeapWatchTest {

    /** More than the JVM holds when idle, less than its heap. */
    private static final int GARBAGE_MIB = 64;

    private Process collector;
    private OutputStream collect;

    @BeforeEach
    void startACollector() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classes = Path.of(Collector.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        collector = new ProcessBuilder(List.of(java, "-XX:+UseG1GC", "-Xmx256m", "-cp", classes, Collector.class.getName()))
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
        try (HeapWatch watch = HeapWatch.of(collector.pid())) {
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

    @Test
    void findsThePeakInTheHeapInUseBeforeACollection() throws Exception {
        try (HeapWatch watch = HeapWatch.of(collector.pid())) {
            long before = watch.peakUsedBytes();
            assertThat(before).as("a JVM that has done nothing yet").isLessThan(GARBAGE_MIB << 20);

            // the garbage is in the heap only until the collection right after it: no one asks the JVM in between
            send(GARBAGE_MIB + "\n");
            Poll.until(watch::pauses, pauses -> pauses.count() >= 1, Duration.ofSeconds(30));

            assertThat(watch.peakUsedBytes()).as("peak with the collected garbage")
                    .isGreaterThanOrEqualTo(GARBAGE_MIB << 20);

            watch.reset();
            assertThat(watch.peakUsedBytes()).as("peak after the reset: what is in use now")
                    .isLessThan(GARBAGE_MIB << 20).isPositive();
        }
    }

    @Test
    void collectsWhenAskedAndHearsOfItBeforeAnswering() throws Exception {
        try (HeapWatch watch = HeapWatch.of(collector.pid())) {
            Duration took = watch.collect();

            assertThat(watch.pauses().count()).as("pauses heard of as the collection is answered").isEqualTo(1);
            assertThat(took).isPositive();
            watch.reset();
            assertThat(watch.pauses().count()).as("pauses after a reset that follows it").isZero();
        }
    }

    private void collectTimes(int times) throws Exception {
        send("\n".repeat(times));
    }

    private void send(String lines) throws Exception {
        collect.write(lines.getBytes(StandardCharsets.US_ASCII));
        collect.flush();
    }
}
