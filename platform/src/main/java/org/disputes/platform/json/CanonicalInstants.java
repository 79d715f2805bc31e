package org.disputes.platform.json;

import com.ethlo.time.ITU;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Reads the instants of requests in the form clients send them ({@code 2024-06-25T15:40:00Z}, with or without a
 * fraction) with ITU's parser: java.time's formatter was two fifths of a command service's reading of request bodies
 * in a profile. Unlike {@link FastInstants}, made for stored JSON, it takes nothing ITU would read and Jackson would refuse:
 * any other text, a number or a value ITU cannot read goes to the deserializer Jackson would have used, set up for
 * its property as Jackson would set it up, so what the contract refuses stays refused, with the same problem.
 */
public final class CanonicalInstants extends DelegatingDeserializer {

    private static final Pattern CANONICAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private CanonicalInstants(ValueDeserializer<?> jacksons) {
        super(jacksons);
    }

    /** Wraps the deserializer Jackson finds for {@link Instant}, whatever it is configured as. */
    public static SimpleModule module() {
        return new SimpleModule("canonical-instants").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier type,
                                                           ValueDeserializer<?> found) {
                return type.getBeanClass() == Instant.class ? new CanonicalInstants(found) : found;
            }
        });
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> contextualised) {
        return new CanonicalInstants(contextualised);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            if (CANONICAL.matcher(text).matches()) {
                try {
                    return ITU.parseDateTime(text).toInstant();
                } catch (DateTimeException outOfRange) {
                    // a day or an hour that does not exist: Jackson's deserializer says so below
                }
            }
        }
        return _delegatee.deserialize(parser, context);
    }
}
