package org.disputes.platform.axon;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.MetaDataDeserializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored metadata read by the serializer as the services build it, against Axon's own deserializer. */
class FastMetaDataTest {

    private final Jackson3Serializer serializer = StoredMessages.serializer();
    private final JsonMapper axons = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(MetaData.class, new MetaDataDeserializer()))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"actor\":\"agent-7\",\"role\":\"AGENT\",\"correlationId\":\"c-1\",\"traceId\":\"t-1\"}",
            "{}",
            "{\"attempt\":3,\"share\":0.25,\"retried\":true,\"reason\":null}",
            "{\"tags\":[\"a\",1,null],\"origin\":{\"system\":\"webhooks\",\"depth\":{\"n\":2}}}",
            "{\"actor\":\"first\",\"actor\":\"second\"}",
            "{\"text\":\"quote \\\" and \\u00e9 and \\n\"}"})
    void readsWhatAxonReadsAsAxonReadsIt(String json) {
        MetaData read = serializer.getObjectMapper().readValue(json, MetaData.class);
        assertThat(read).isEqualTo(axons.readValue(json, MetaData.class));
    }

    @Test
    void valuesKeepTheirKinds() {
        MetaData read = serializer.getObjectMapper().readValue(
                "{\"actor\":\"agent-7\",\"attempt\":3,\"share\":0.25,\"tags\":[\"a\"],\"none\":null}", MetaData.class);
        assertThat(read).containsEntry("actor", "agent-7").containsEntry("attempt", 3)
                .containsEntry("share", new BigDecimal("0.25")).containsEntry("tags", List.of("a"))
                .containsKey("none");
        assertThat(read.get("none")).isNull();
    }

    @Test
    void metadataWrittenByTheSerializerReadsBackEqual() {
        MetaData written = MetaData.from(Map.of("actor", "agent-7", "role", "AGENT", "attempt", 2));
        SerializedObject<byte[]> stored = serializer.serialize(written, byte[].class);
        MetaData read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(written);
    }
}
