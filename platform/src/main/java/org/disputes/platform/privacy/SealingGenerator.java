package org.disputes.platform.privacy;

import org.disputes.api.evidence.EvidenceAttribute;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An event's generator that seals its personal text as it is written, so an event is serialized once rather than
 * written out, parsed into a tree, sealed and written again: the mirror of {@link OpeningParser}. It seals a
 * personal field's string, and the strings directly in a personal field's map (free-text attributes) other than
 * the typed facts the policy reads (true/false, numbers, a channel's name).
 */
final class SealingGenerator extends JsonGeneratorDelegate {

    private final Set<String> personal;
    private final UnaryOperator<String> seal;

    /** {@code seal} is asked only for text there is to seal, so a key is found only for an event that needs one. */
    SealingGenerator(JsonGenerator generator, Set<String> personal, UnaryOperator<String> seal) {
        // false: writePOJO and writeTree go through this generator too
        super(generator, false);
        this.personal = personal;
        this.seal = seal;
    }

    /** Whether the value about to be written is personal text: see the class's description. */
    private boolean atPersonalText() {
        TokenStreamContext value = delegate.streamWriteContext();
        if (!value.inObject()) {
            return false;
        }
        TokenStreamContext holder = value.getParent();
        if (holder.inRoot()) {
            return personal.contains(value.currentName());
        }
        return holder.inObject() && holder.getParent().inRoot() && personal.contains(holder.currentName())
                && EvidenceAttribute.forKey(value.currentName()).isEmpty();
    }

    @Override
    public JsonGenerator writeString(String text) {
        return delegate.writeString(text != null && atPersonalText() ? seal.apply(text) : text);
    }

    @Override
    public JsonGenerator writeString(char[] text, int offset, int length) {
        return atPersonalText() ? writeString(new String(text, offset, length))
                : delegate.writeString(text, offset, length);
    }

    @Override
    public JsonGenerator writeString(SerializableString text) {
        return atPersonalText() ? writeString(text.getValue()) : delegate.writeString(text);
    }

    @Override
    public JsonGenerator writeString(Reader reader, int length) {
        if (!atPersonalText()) {
            return delegate.writeString(reader, length);
        }
        try {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            // a negative length: all the reader holds
            String all = text.toString();
            return writeString(length < 0 || length >= all.length() ? all : all.substring(0, length));
        } catch (IOException failed) {
            throw JacksonIOException.construct(failed, this);
        }
    }

    @Override
    public JsonGenerator writeUTF8String(byte[] text, int offset, int length) {
        return atPersonalText() ? writeString(new String(text, offset, length, StandardCharsets.UTF_8))
                : delegate.writeUTF8String(text, offset, length);
    }

    @Override
    public JsonGenerator writeRawUTF8String(byte[] text, int offset, int length) {
        return atPersonalText() ? writeString(new String(text, offset, length, StandardCharsets.UTF_8))
                : delegate.writeRawUTF8String(text, offset, length);
    }
}
