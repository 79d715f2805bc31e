package org.disputes.console.web;

import org.disputes.console.config.ConsoleProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Date-times as people type them: an ISO instant ({@code 2024-06-25T15:40:00Z}), one with an offset, or a local
 * date-time ({@code 2024-06-25 17:40}, {@code 2024-06-25T17:40}) read in the console's zone. What cannot be read
 * is passed on as typed, so the service names the field it refuses.
 */
@Component
public class Instants {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private final ConsoleProperties properties;

    public Instants(ConsoleProperties properties) {
        this.properties = properties;
    }

    public String toIso(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.trim();
        try {
            return Instant.parse(t).toString();
        } catch (DateTimeParseException notUtc) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toString();
        } catch (DateTimeParseException noOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(properties.zone()).toInstant().toString();
        } catch (DateTimeParseException notIsoLocal) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t, SPACED).atZone(properties.zone()).toInstant().toString();
        } catch (DateTimeParseException unreadable) {
            return t;
        }
    }

    /** Now, as the forms prefill it: a local date-time in the console's zone. */
    public String nowLocal(java.time.Clock clock) {
        return LocalDateTime.now(clock.withZone(properties.zone())).withNano(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public String zone() {
        return properties.zone().getId();
    }
}
