package org.disputes.api.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** The SHA-256 digest of an evidence file, as 64 lower-case hex characters: it pins what the file said. */
public record Sha256(String hex) {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (!isWellFormed(hex)) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hex characters");
        }
    }

    public static boolean isWellFormed(String hex) {
        return hex != null && HEX_64.matcher(hex).matches();
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
