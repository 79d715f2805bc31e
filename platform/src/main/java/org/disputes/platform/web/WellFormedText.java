package org.disputes.platform.web;

import com.google.common.base.Utf8;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a request must be Unicode. JSON lets a string hold half of a surrogate pair as an escape ({@code "\ud800"});
 * Java keeps it, but it is no character: UTF-8 cannot encode it, PostgreSQL's JSON refuses it and a view would show
 * {@code ?} where the event holds something else. Refused at the door, with the field named, like any other bad value.
 */
final class WellFormedText extends StdScalarDeserializer<String> {

    static final String MESSAGE = "must be Unicode text: a \\uD800 to \\uDFFF escape must be one half of a pair";

    private WellFormedText() {
        super(String.class);
    }

    /** Every string of a request body: fields, list items and the values of free-form maps alike. */
    static SimpleModule module() {
        return new SimpleModule("well-formed-text").addDeserializer(String.class, new WellFormedText());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext context) {
        String text = StringDeserializer.instance.deserialize(p, context);
        if (text != null && !wellFormed(text)) {
            throw new UnpairedSurrogate(p);
        }
        return text;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return null;
    }

    /** Guava's UTF-8 length refuses exactly what UTF-8 cannot encode: a surrogate without its other half. */
    static boolean wellFormed(String text) {
        try {
            Utf8.encodedLength(text);
            return true;
        } catch (IllegalArgumentException unpaired) {
            return false;
        }
    }

    /** Jackson adds the field's path on its way out, so the problem names the field. */
    static final class UnpairedSurrogate extends MismatchedInputException {

        UnpairedSurrogate(JsonParser p) {
            super(p, MESSAGE, String.class);
        }
    }
}
