package org.disputes.platform.axon;

import org.axonframework.messaging.MetaData;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads stored messages' metadata in one pass. Axon's own deserializer looks up and contextualizes a map deserializer
 * for every message it reads: in a profile of a rebuild, reading metadata was a sixth of the reader's time, half of
 * it that lookup. Metadata is a flat object of texts (who acted, in which role, the correlation and trace ids); a
 * value of any other kind is read as Jackson reads an untyped value, and anything but an object goes to the map
 * deserializer as Axon's does, so every message reads as before.
 */
final class FastMetaData extends ValueDeserializer<MetaData> {

    static SimpleModule module() {
        // registered after Axon's module, so this one is found first
        return new SimpleModule("fast-metadata").addDeserializer(MetaData.class, new FastMetaData());
    }

    @Override
    public MetaData deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return MetaData.from(asAxonReadsIt(parser, context));
        }
        Map<String, Object> values = new HashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            values.put(name, switch (value) {
                case VALUE_STRING -> parser.getString();
                case VALUE_NULL -> null;
                default -> context.readValue(parser, Object.class);
            });
        }
        return MetaData.from(values);
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types) {
        return types.deserializeTypedFromObject(parser, context);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asAxonReadsIt(JsonParser parser, DeserializationContext context) {
        ValueDeserializer<Object> maps = context.findRootValueDeserializer(
                context.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        return (Map<String, ?>) maps.deserialize(parser, context, new HashMap<>());
    }
}
