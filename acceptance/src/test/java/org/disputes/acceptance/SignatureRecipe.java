package org.disputes.acceptance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * docs/WEBHOOKS.md's verification recipe, as a receiver writes it: parse {@code t} and every {@code v1} of
 * {@code Disputes-Signature}, refuse a {@code t} further than the tolerance from the receiver's clock, compute
 * HMAC-SHA256 of {@code "<t>.<raw body>"} under the secret, and accept when any {@code v1} equals it
 * (compared in constant time).
 */
final class SignatureRecipe {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private SignatureRecipe() {
    }

    static boolean verify(String header, String rawBody, String secret, Instant now) {
        if (header == null) {
            return false;
        }
        Long t = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                t = Long.parseLong(pair[1]);
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (t == null || Math.abs(now.getEpochSecond() - t) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + rawBody);
        return signatures.stream().anyMatch(v1 -> MessageDigest.isEqual(expected, hexOrEmpty(v1)));
    }

    /** How many {@code v1} the header carries. */
    static long signatureCount(String header) {
        return List.of(header.split(",")).stream().filter(part -> part.trim().startsWith("v1=")).count();
    }

    private static byte[] hexOrEmpty(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
