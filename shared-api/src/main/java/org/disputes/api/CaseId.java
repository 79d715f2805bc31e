package org.disputes.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifies one dispute case (a delivery claim or a customer dispute) and its event stream. */
public record CaseId(UUID value) {

    /** The canonical text of a UUID, in either case: 8-4-4-4-12 hex digits, nothing shorter ({@code 1-1-1-1-1}). */
    public static final String CANONICAL = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern CANONICAL_FORM = Pattern.compile(CANONICAL);

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    @JsonCreator
    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    /**
     * The case id a client wrote, if it is a UUID in its canonical form. {@link UUID#fromString} alone would also take
     * {@code 1-1-1-1-1} as another spelling of {@code 00000001-0001-0001-0001-000000000001}; both services refuse it.
     */
    public static Optional<CaseId> parse(String text) {
        return text != null && CANONICAL_FORM.matcher(text).matches()
                ? Optional.of(new CaseId(UUID.fromString(text))) : Optional.empty();
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
