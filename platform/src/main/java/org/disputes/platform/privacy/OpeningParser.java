package org.disputes.platform.privacy;

import org.disputes.api.privacy.PersonalData;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.JsonParserDelegate;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * A stored event's parser that opens its sealed values as they stream past, so an event holding personal data is
 * bound straight from its bytes, as any other is, rather than read into a tree, opened and bound from the tree.
 * Every way a deserializer can take a string's value gives the clear text; an erased link at the top level reads
 * as {@link PersonalData#ERASED_URI}, since "[erased]" is no URI.
 */
final class OpeningParser extends JsonParserDelegate {

    private final PersonalDataCipher cipher;
    private final Set<String> links;
    /** The last sealed value opened, and its clear text: a deserializer may ask for a value more than once. */
    private String sealed;
    private String opened;

    OpeningParser(JsonParser stored, PersonalDataCipher cipher, Set<String> links) {
        super(stored);
        this.cipher = cipher;
        this.links = links;
    }

    @Override
    public String getString() {
        String value = delegate.getString();
        if (!hasToken(JsonToken.VALUE_STRING) || !PersonalDataCipher.isSealed(value)) {
            return value;
        }
        if (!value.equals(sealed)) {
            opened = clear(value);
            sealed = value;
        }
        return opened;
    }

    private String clear(String value) {
        String clear = cipher.open(value);
        return PersonalData.ERASED.equals(clear) && isLink() ? PersonalData.ERASED_URI : clear;
    }

    /** Whether the current value is one of the event's own link fields, not a value nested deeper. */
    private boolean isLink() {
        TokenStreamContext field = delegate.streamReadContext();
        return field.inObject() && field.getParent().inRoot() && links.contains(field.currentName());
    }

    private boolean atSealedValue() {
        return hasToken(JsonToken.VALUE_STRING) && PersonalDataCipher.isSealed(delegate.getString());
    }

    @Override
    public boolean hasStringCharacters() {
        return !atSealedValue() && delegate.hasStringCharacters();
    }

    @Override
    public char[] getStringCharacters() {
        return atSealedValue() ? getString().toCharArray() : delegate.getStringCharacters();
    }

    @Override
    public int getStringLength() {
        return atSealedValue() ? getString().length() : delegate.getStringLength();
    }

    @Override
    public int getStringOffset() {
        return atSealedValue() ? 0 : delegate.getStringOffset();
    }

    @Override
    public int getString(Writer writer) {
        if (!atSealedValue()) {
            return delegate.getString(writer);
        }
        String clear = getString();
        try {
            writer.write(clear);
        } catch (IOException failed) {
            throw JacksonIOException.construct(failed, this);
        }
        return clear.length();
    }

    @Override
    public long readString(Writer writer) {
        return atSealedValue() ? getString(writer) : delegate.readString(writer);
    }

    @Override
    public String getValueAsString() {
        return getValueAsString(null);
    }

    @Override
    public String getValueAsString(String otherwise) {
        return hasToken(JsonToken.VALUE_STRING) ? getString() : delegate.getValueAsString(otherwise);
    }
}
