package org.disputes.command.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules a delivery follows, without a network: back-off, signatures, sealed secrets, refused targets. */
class DeliveryRulesTest {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void retriesBackOffExponentiallyWithJitterUntilTheirPeriodEnds() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(72),
                new Random(7));
        for (int attempt = 1; attempt <= 12; attempt++) {
            long base = Math.min(10L << (attempt - 1), 3600);
            Duration wait = Duration.between(NOW, schedule.next(attempt, NOW, NOW).orElseThrow());
            assertThat(wait.toMillis()).as("attempt " + attempt).isBetween(base * 500, base * 1000);
        }
        assertThat(schedule.next(3, NOW, NOW.plus(Duration.ofHours(72)))).isEmpty();
        // near the end, the last attempt falls at the end of the period, not after it
        assertThat(schedule.next(30, NOW, NOW.plus(Duration.ofHours(72)).minusSeconds(5)))
                .hasValue(NOW.plus(Duration.ofHours(72)));
    }

    @Test
    void theSignatureIsTheHmacOfTimeAndBodyUnderEachSecret() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), the well-known test vector
        assertThat(Signature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        String header = Signature.header(1700000000L, "{}", List.of("new", "old"));
        assertThat(header).isEqualTo("t=1700000000,v1=" + Signature.hmac("new", "1700000000.{}") + ",v1="
                + Signature.hmac("old", "1700000000.{}"));
    }

    @Test
    void secretsAreSealedAndOpenOnlyUnderTheirKey() {
        SecretBox box = SecretBox.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        String secret = box.newSecret();
        byte[] sealed = box.seal(secret);
        assertThat(box.open(sealed)).isEqualTo(secret);
        assertThat(box.seal(secret)).isNotEqualTo(sealed);
        assertThatThrownBy(() -> SecretBox.of("").open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecretBox.of("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetsInsideTheNetworkAreRefusedUnlessAllowed() throws Exception {
        TargetGuard rebound = new TargetGuard(false, false,
                host -> new InetAddress[]{InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.5")});
        assertThat(rebound.refusal(URI.create("https://hooks.example.com/x"))).isPresent();
        TargetGuard publicOnly = new TargetGuard(false, false,
                host -> new InetAddress[]{InetAddress.getByName("93.184.215.14")});
        assertThat(publicOnly.refusal(URI.create("https://hooks.example.com/x"))).isEmpty();
        assertThat(publicOnly.refusal(URI.create("http://hooks.example.com/x"))).hasValue("must be an https URL");
        TargetGuard demo = new TargetGuard(true, true, host -> {
            throw new AssertionError("no lookup needed when private targets are allowed");
        });
        assertThat(demo.refusal(URI.create("http://127.0.0.1:9/x"))).isEmpty();
        for (String internal : new String[]{"127.0.0.1", "10.1.1.1", "172.16.0.1", "192.168.0.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"}) {
            assertThat(TargetGuard.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[]{"93.184.215.14", "8.8.8.8", "2606:4700::1111"}) {
            assertThat(TargetGuard.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }
}
