package org.disputes.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** The ISO 3166-1 alpha-2 country whose consumer law governs a case. Which ones are served is configuration. */
public record Jurisdiction(String code) {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public Jurisdiction {
        if (code == null || !ALPHA_2.matcher(code).matches()) {
            throw new IllegalArgumentException("a jurisdiction is two upper-case letters (ISO 3166-1 alpha-2)");
        }
    }

    public static boolean isWellFormed(String code) {
        return code != null && ALPHA_2.matcher(code).matches();
    }

    @JsonCreator
    public static Jurisdiction of(String code) {
        return new Jurisdiction(code);
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
