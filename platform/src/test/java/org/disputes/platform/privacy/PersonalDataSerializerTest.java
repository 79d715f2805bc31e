package org.disputes.platform.privacy;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.disputes.api.CaseId;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.privacy.PersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Personal fields are stored sealed and read back in clear, or erased once the key is gone, however they are read. */
class PersonalDataSerializerTest {

    /** An event of the shape the real ones have: a customer, personal text, a link, free attributes. */
    record Told(String customerId, @PersonalData String statement, @PersonalData URI link,
                @PersonalData Map<String, Object> details, List<String> notes, String channel) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonalKeys keys = mock(PersonalKeys.class);
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);
    private final PersonalKeys.CustomerKey key = new PersonalKeys.CustomerKey(UUID.randomUUID(),
            PersonalKeys.generate());
    private final PersonalDataSerializer serializer = new PersonalDataSerializer(Jackson3Serializer.builder().build(),
            cipher, keys, new DataSubjects(caseId -> Optional.empty()));
    private final Told told = new Told("CUST-1", "The courier kept my parcel", URI.create("https://evidence.example/1"),
            Map.of("signerName", "Ann Smith", "distanceMeters", 12), List.of("a note"), "PHONE");

    @BeforeEach
    void theCustomerHasAKey() {
        when(keys.keyFor("CUST-1")).thenReturn(key);
        when(keys.find(key.id())).thenReturn(Optional.of(key.key()));
    }

    @Test
    void personalFieldsAreStoredSealedAndReadInClear() {
        SerializedObject<byte[]> stored = serializer.serialize(told, byte[].class);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("courier kept", "evidence.example", "Ann Smith")
                .contains("enc:v1:" + key.id(), "PHONE", "a note", "CUST-1");
        assertThat((Told) serializer.deserialize(stored)).isEqualTo(told);
    }

    @Test
    void onceTheKeyIsGoneEveryPersonalFieldReadsErasedAndTheRestAsItWas() {
        SerializedObject<byte[]> stored = serializer.serialize(told, byte[].class);
        when(keys.find(key.id())).thenReturn(Optional.empty());

        Told erased = serializer.deserialize(stored);

        assertThat(erased.statement()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.link()).isEqualTo(URI.create(PersonalData.ERASED_URI));
        assertThat(erased.details()).containsEntry("signerName", PersonalData.ERASED)
                .containsEntry("distanceMeters", 12);
        assertThat(erased.notes()).containsExactly("a note");
        assertThat(erased.channel()).isEqualTo("PHONE");
    }

    @Test
    void aSealedValueOpensWhereverItIsStored() {
        String sealed = cipher.seal(key, "Bob's number");
        byte[] json = """
                {"customerId": "CUST-1", "statement": null, "link": null, "details": {"nested": ["%s"]},
                 "notes": ["%s", "plain"], "channel": "%s"}""".formatted(sealed, sealed, sealed)
                .getBytes(StandardCharsets.UTF_8);

        Told read = serializer.deserialize(new SimpleSerializedObject<>(json, byte[].class,
                serializer.typeForClass(Told.class)));

        assertThat(read.details()).isEqualTo(Map.of("nested", List.of("Bob's number")));
        assertThat(read.notes()).containsExactly("Bob's number", "plain");
        assertThat(read.channel()).isEqualTo("Bob's number");
    }

    @Test
    void everyWayOfTakingAStringGivesTheClearText() throws Exception {
        String sealed = cipher.seal(key, "clear text");
        String json = "{\"a\": \"%s\", \"b\": \"%s\", \"c\": \"%s\", \"d\": \"plain\"}"
                .formatted(sealed, sealed, sealed);
        try (JsonParser parser = new OpeningParser(JSON.createParser(json), cipher, Set.of())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextName()).isEqualTo("a");
            assertThat(parser.nextStringValue()).isEqualTo("clear text");
            assertThat(parser.hasStringCharacters()).isFalse();
            assertThat(new String(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength()))
                    .isEqualTo("clear text");
            assertThat(parser.getText()).isEqualTo("clear text");

            parser.nextName();
            parser.nextToken();
            assertThat(parser.getValueAsString()).isEqualTo("clear text");
            assertThat(parser.getValueAsString("otherwise")).isEqualTo("clear text");
            StringWriter written = new StringWriter();
            assertThat(parser.getString(written)).isEqualTo("clear text".length());
            assertThat(written).hasToString("clear text");

            parser.nextName();
            parser.nextToken();
            StringWriter read = new StringWriter();
            parser.readString(read);
            assertThat(read).hasToString("clear text");

            parser.nextName();
            assertThat(parser.nextStringValue()).isEqualTo("plain");
            assertThat(parser.getValueAsString()).isEqualTo("plain");
        }
    }

    @Test
    void exactlyThePersonalTextIsSealed() {
        Told withChannel = new Told("CUST-1", "", URI.create("https://evidence.example/1"),
                Map.of("signerName", "Ann Smith", "distanceMeters", 12, "channel", "SMS", "seen", List.of("Bob")),
                List.of("a note"), "PHONE");

        JsonNode stored = JSON.readTree(serializer.serialize(withChannel, byte[].class).getData());

        assertThat(List.of(stored.get("statement"), stored.get("link"), stored.get("details").get("signerName")))
                .allSatisfy(sealed -> assertThat(sealed.asString()).startsWith("enc:v1:" + key.id() + ":"));
        assertThat(stored.get("details").get("distanceMeters").asInt()).isEqualTo(12);
        // a typed fact the policy reads, and text below a personal field's own values, stay as written
        assertThat(stored.get("details").get("channel").asString()).isEqualTo("SMS");
        assertThat(stored.get("details").get("seen").get(0).asString()).isEqualTo("Bob");
        assertThat(stored.get("notes").get(0).asString()).isEqualTo("a note");
        assertThat(stored.get("channel").asString()).isEqualTo("PHONE");
        assertThat(stored.get("customerId").asString()).isEqualTo("CUST-1");
        assertThat((Told) serializer.deserialize(serializer.serialize(withChannel, byte[].class)))
                .isEqualTo(withChannel);
    }

    @Test
    void anEventWithNoPersonalTextAsksForNoKey() {
        Told nothingPersonal = new Told("CUST-2", null, null, Map.of("distanceMeters", 3), List.of(), "SMS");

        SerializedObject<byte[]> stored = serializer.serialize(nothingPersonal, byte[].class);

        verify(keys, never()).keyFor("CUST-2");
        assertThat((Told) serializer.deserialize(stored)).isEqualTo(nothingPersonal);
    }

    @Test
    void aCaseEventWhoseCustomerIsUnknownIsNotStored() {
        EvidenceSubmitted evidence = new EvidenceSubmitted(CaseId.random(), EvidenceId.random(), Party.CARRIER,
                EvidenceType.SIGNATURE, Instant.parse("2024-06-25T15:39:10Z"), Sha256.of("ab".repeat(32)),
                URI.create("https://evidence.example/2"), "Signed by a neighbour", EvidenceAttributes.NONE,
                Instant.parse("2024-06-25T16:00:00Z"));

        assertThatThrownBy(() -> serializer.serialize(evidence, byte[].class))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be sealed").hasMessageNotContaining("neighbour");
    }

    @Test
    void whatStopsTheSealingIsRaisedAsItWas() {
        IllegalStateException busy = new IllegalStateException("the key table is busy");
        when(keys.keyFor("CUST-1")).thenThrow(busy);

        assertThatThrownBy(() -> serializer.serialize(told, byte[].class)).isSameAs(busy);
    }

    @Test
    void everyWayOfWritingAStringIsSealed() {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new SealingGenerator(JSON.createGenerator(out), Set.of("a", "b", "c", "d", "e"),
                clear -> "sealed(" + clear + ")")) {
            byte[] utf8 = "e\u00e9".getBytes(StandardCharsets.UTF_8);
            generator.writeStartObject();
            generator.writeName("a");
            generator.writeString("text a".toCharArray(), 0, 6);
            generator.writeName("b");
            generator.writeString(new SerializedString("text b"));
            generator.writeName("c");
            generator.writeString(new StringReader("text c and more"), 6);
            generator.writeName("d");
            generator.writeUTF8String(utf8, 0, utf8.length);
            generator.writeName("e");
            generator.writeRawUTF8String(utf8, 0, utf8.length);
            generator.writeName("other");
            generator.writeString("plain".toCharArray(), 0, 5);
            generator.writeEndObject();
        }

        assertThat(JSON.readTree(out.toString())).isEqualTo(JSON.readTree("""
                {"a": "sealed(text a)", "b": "sealed(text b)", "c": "sealed(text c)", "d": "sealed(e\u00e9)",
                 "e": "sealed(e\u00e9)", "other": "plain"}"""));
    }

    @Test
    void aStoredTypesClassIsLookedUpOnceAndAnUnknownOneEveryTime() {
        Jackson3Serializer json = spy(Jackson3Serializer.builder().build());
        PersonalDataSerializer caching = new PersonalDataSerializer(json, cipher, keys,
                new DataSubjects(caseId -> Optional.empty()));
        SerializedType known = new SimpleSerializedType(Told.class.getName(), null);
        SerializedType unknown = new SimpleSerializedType("org.disputes.NoSuchEvent", null);

        assertThat(caching.classForType(known)).isEqualTo(Told.class);
        assertThat(caching.classForType(new SimpleSerializedType(Told.class.getName(), "2"))).isEqualTo(Told.class);
        assertThat(caching.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
        assertThat(caching.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
        assertThat(caching.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
        assertThat((Told) caching.deserialize(caching.serialize(told, byte[].class))).isEqualTo(told);

        verify(json, times(1)).classForType(known);
        verify(json, times(2)).classForType(unknown);
    }
}
