package org.disputes.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A case id is read from text in the canonical UUID form only, in either case. */
class CaseIdTest {

    private static final String ID = "6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d";

    @Test
    void readsTheCanonicalFormInEitherCase() {
        assertThat(CaseId.parse(ID)).contains(new CaseId(UUID.fromString(ID)));
        assertThat(CaseId.parse(ID.toUpperCase())).contains(new CaseId(UUID.fromString(ID)));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "1-1-1-1-1", "6b1f3c2e8d4a4f6b9c1d2e3f4a5b6c7d", "6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7",
            "6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d0", " 6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d", "not-a-uuid"})
    void readsNothingElse(String text) {
        assertThat(CaseId.parse(text)).isEmpty();
    }

    @Test
    void uuidFromStringAloneWouldTakeTheShortAlias() {
        // why parse exists: the JDK reads 1-1-1-1-1 as another spelling of a real id
        assertThat(UUID.fromString("1-1-1-1-1")).isEqualTo(UUID.fromString("00000001-0001-0001-0001-000000000001"));
    }
}
