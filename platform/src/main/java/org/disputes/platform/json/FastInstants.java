package org.disputes.platform.json;

import com.ethlo.time.ITU;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads the instants of stored JSON (messages, and the query side's views) with ITU's RFC 3339 parser: java.time's
 * formatter, which Jackson uses, was the largest single cost of deserializing an event (a rebuild reads millions, each
 * with several instants), and a fifth of reading a view back. Anything ITU does not take (a number, another text
 * form) goes to Jackson's own deserializer, so nothing readable before becomes unreadable.
 */
public final class FastInstants extends ValueDeserializer<Instant> {

    private FastInstants() {
    }

    public static SimpleModule module() {
        return new SimpleModule("fast-instants").addDeserializer(Instant.class, new FastInstants());
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            try {
                return ITU.parseDateTime(parser.getString()).toInstant();
            } catch (DateTimeException notRfc3339) {
                // Jackson's own rules decide below
            }
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}
