package org.disputes.api.evidence;

import org.disputes.api.Flaw;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

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

    record Item(String kind, EvidenceAttributes attributes) {
    }

    @Test
    void areWrittenAsThePlainObjectOfTheirFactsInTheirOrderAndReadBack() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("signerIsRecipient", false);
        facts.put("distanceMeters", 12);
        facts.put("channel", "PHONE");
        Item item = new Item("COURIER_SCAN", EvidenceAttributes.of(facts));

        String written = json.writeValueAsString(item);
        String writtenAgain = json.writeValueAsString(item);

        assertThat(written).isEqualTo(writtenAgain).isEqualTo("{\"kind\":\"COURIER_SCAN\",\"attributes\":"
                + "{\"signerIsRecipient\":false,\"distanceMeters\":12,\"channel\":\"PHONE\"}}");
        assertThat(json.readValue(written, Item.class)).isEqualTo(item);
        assertThat(json.writeValueAsString(EvidenceAttributes.NONE)).isEqualTo("{}");
    }
}
