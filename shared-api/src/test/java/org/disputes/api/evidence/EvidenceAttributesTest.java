package org.disputes.api.evidence;

import org.disputes.api.Flaw;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Attributes name what makes them unfit for a decision: too many, or a policy attribute of the wrong type. */
class EvidenceAttributesTest {

    @Test
    void wellTypedAndUnknownAttributesHaveNoFlaws() {
        assertThat(EvidenceAttributes.of(Map.of("channel", "IN_PERSON", "distanceMeters", 12, "courierNote", "x"))
                .flaws()).isEmpty();
    }

    @Test
    void namesEachIllTypedAttributeThePolicyReads() {
        assertThat(EvidenceAttributes.of(Map.of("signerIsRecipient", "yes", "distanceMeters", -1)).flaws())
                .containsExactlyInAnyOrder(new Flaw("attributes.signerIsRecipient", "must be true or false"),
                        new Flaw("attributes.distanceMeters", "must be a number of zero or more"));
    }

    @Test
    void holdsAtMost32() {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i < 33; i++) {
            many.put("extra" + i, i);
        }
        assertThat(EvidenceAttributes.of(many).flaws())
                .containsExactly(new Flaw("attributes", "must have at most 32 entries"));
        many.remove("extra0");
        assertThat(EvidenceAttributes.of(many).flaws()).isEmpty();
    }
}
