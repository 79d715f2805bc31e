package org.disputes.platform.privacy;

import org.disputes.api.privacy.PersonalData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal text as stored: {@code enc:v1:<key id>:<Base64 of nonce and AES-GCM cipher text>}, self-describing, so
 * any reader of a stored event (the views, the audit API, an export) opens it without knowing the event's type,
 * and reads {@value PersonalData#ERASED} once the key it names is destroyed. The key id says nothing of the customer.
 */
public class PersonalDataCipher {

    static final String PREFIX = "enc:v1:";
    private final PersonalKeys keys;

    PersonalDataCipher(PersonalKeys keys) {
        this.keys = keys;
    }

    String seal(PersonalKeys.CustomerKey key, String clear) {
        byte[] sealed = Aead.seal(key.key(), clear.getBytes(StandardCharsets.UTF_8), context(key.id()));
        return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The clear text of a stored value, {@value PersonalData#ERASED} when its key is gone; other values as they are. */
    public String open(String value) {
        if (!isSealed(value)) {
            return value;
        }
        int colon = value.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("A sealed value names no key");
        }
        UUID keyId = UUID.fromString(value.substring(PREFIX.length(), colon));
        Optional<SecretKey> key = keys.find(keyId);
        if (key.isEmpty()) {
            return PersonalData.ERASED;
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(value.substring(colon + 1));
            return new String(Aead.open(key.get(), sealed, context(keyId)), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException tampered) {
            // never the value in the message: it may be somebody's statement
            throw new IllegalStateException("A value sealed under key " + keyId + " does not open");
        }
    }

    /** Opens every sealed value anywhere in a stored event, in place; the tree for convenience. */
    public JsonNode openAll(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                JsonNode value = entry.getValue();
                if (value.isString() && isSealed(value.stringValue())) {
                    object.put(entry.getKey(), open(value.stringValue()));
                } else if (value.isContainer()) {
                    openAll(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString() && isSealed(value.stringValue())) {
                    array.set(i, array.stringNode(open(value.stringValue())));
                } else if (value.isContainer()) {
                    openAll(value);
                }
            }
        }
        return node;
    }

    private static byte[] context(UUID keyId) {
        return keyId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
