package org.disputes.command.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code Disputes-Signature} header (API.md): {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">},
 * one {@code v1} per secret that signs (two during a rotation, the newest first).
 */
final class Signature {

    static final String HEADER = "Disputes-Signature";

    private Signature() {
    }

    static String header(long unixSeconds, String body, List<String> secrets) {
        String signed = unixSeconds + "." + body;
        return "t=" + unixSeconds + "," + secrets.stream().map(secret -> "v1=" + hmac(secret, signed))
                .collect(Collectors.joining(","));
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
