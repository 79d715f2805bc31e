package org.disputes.api.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The SHA-256 digest of an evidence file, as 64 lower-case hex characters: it pins what the file said. */
public record Sha256(String hex) {

    private static final int LENGTH = 64;

    public Sha256 {
        if (!isWellFormed(hex)) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hex characters");
        }
    }

    /**
     * Checked character by character: every stored evidence event holds digests, and the regular expression this
     * replaced was a twentieth of a rebuild's reading thread.
     */
    public static boolean isWellFormed(String hex) {
        if (hex == null || hex.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = hex.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    @JsonCreator
    public static Sha256 of(String hex) {
        return new Sha256(hex);
    }

    @JsonValue
    @Override
    public String toString() {
        return hex;
    }
}
