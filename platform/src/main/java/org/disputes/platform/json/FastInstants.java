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
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads instants with ITU's RFC 3339 parser where java.time's formatter, which Jackson uses, was the largest single
 * cost of deserializing an event (a rebuild reads millions, each with several instants), a fifth of reading a view
 * back, and two fifths of a command service's reading of request bodies. It wraps the deserializer Jackson finds for
 * {@link Instant}: a text ITU is not given, or cannot read, and anything not a text go to that one, set up for its
 * property as Jackson sets it up.
 */
public final class FastInstants extends DelegatingDeserializer {

    /** The form clients send and Jackson writes: {@code 2024-06-25T15:40:00Z}, a fraction allowed. */
    private static final Pattern CANONICAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    /** Which texts ITU is given. */
    private final Predicate<String> forItu;

    private FastInstants(ValueDeserializer<?> jacksons, Predicate<String> forItu) {
        super(jacksons);
        this.forItu = forItu;
    }

    /**
     * For stored JSON (messages, the query side's views): every text, so that anything RFC 3339 allows reads (stored
     * events' times have a space for the {@code T}) and nothing readable before becomes unreadable.
     */
    public static SimpleModule module() {
        return wrapping("fast-instants", text -> true);
    }

    /**
     * For a contract's input: only the canonical form, since ITU reads forms (a space for the {@code T}) that Jackson,
     * and so the contract, refuses. What is refused, and how, stays Jackson's.
     */
    public static SimpleModule canonicalOnly() {
        return wrapping("canonical-instants", text -> CANONICAL.matcher(text).matches());
    }

    private static SimpleModule wrapping(String name, Predicate<String> forItu) {
        return new SimpleModule(name).setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                           BeanDescription.Supplier type,
                                                           ValueDeserializer<?> found) {
                return type.getBeanClass() == Instant.class ? new FastInstants(found, forItu) : found;
            }
        });
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> contextualised) {
        return new FastInstants(contextualised, forItu);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getString();
            if (forItu.test(text)) {
                try {
                    return ITU.parseDateTime(text).toInstant();
                } catch (DateTimeException unreadable) {
                    // not RFC 3339, or no such moment: Jackson's deserializer decides below
                }
            }
        }
        return _delegatee.deserialize(parser, context);
    }
}
