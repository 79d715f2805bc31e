package org.disputes.platform.privacy;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A key that wraps customers' keys, known by an id derived from it (so a stored wrapped key names the master key
 * that wrapped it without revealing it). Its bytes never leave this class but into a cipher.
 */
final class MasterKey {

    private final String id;
    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
        this.id = idOf(bytes);
    }

    static MasterKey current(PrivacyProperties properties) {
        String encoded = properties.masterKey();
        String file = properties.masterKeyFile();
        if ((encoded == null || encoded.isBlank()) && file != null && !file.isBlank()) {
            try {
                encoded = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
            } catch (IOException unreadable) {
                throw new NoMasterKeyConfigured("The master key file " + properties.masterKeyFile()
                        + " cannot be read");
            }
        }
        if (encoded == null || encoded.isBlank()) {
            throw new NoMasterKeyConfigured("No master key is configured for customers' personal data");
        }
        return decode(encoded, "The master key");
    }

    static MasterKey decode(String encoded, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new NoMasterKeyConfigured(what + " is not Base64");
        }
        if (bytes.length != 32) {
            throw new NoMasterKeyConfigured(what + " must be 32 bytes (256 bits), not " + bytes.length);
        }
        return new MasterKey(bytes);
    }

    String id() {
        return id;
    }

    SecretKey key() {
        return key;
    }

    private static String idOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
