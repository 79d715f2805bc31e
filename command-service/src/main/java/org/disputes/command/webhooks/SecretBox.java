package org.disputes.command.webhooks;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Keeps subscription secrets encrypted at rest (AES-256-GCM under a key from configuration): signing needs the
 * secret itself, so unlike a password it cannot be kept as a hash. Also makes new secrets.
 */
final class SecretBox {

    /** Only for demos and tests: anyone with this source can read secrets stored under it. */
    static final String DEMO_KEY_SEED = "disputes webhooks demo key: set disputes.webhooks.secret-key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("disputes.webhooks.secret-key must be base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Under {@code base64Key}, or the demo key when it is blank. */
    static SecretBox of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new SecretBox(sha256(DEMO_KEY_SEED));
        }
        try {
            return new SecretBox(Base64.getDecoder().decode(base64Key.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("disputes.webhooks.secret-key must be base64 of 32 bytes");
        }
    }

    /** A new secret as a receiver is shown it once: {@code whsec_} and 32 random bytes in hex. */
    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    byte[] seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The secret, or an exception when it was sealed under another key (the configured key changed). */
    String open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret cannot be read with the configured disputes.webhooks.secret-key");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
