package org.disputes.query.audit;

import org.disputes.platform.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored rows into what the regulator reads. Axon's names are mapped to the audit's: the chain's root
 * message is the correlation id ({@code traceId} in Axon), the message that caused this one the causation id
 * ({@code correlationId} in Axon).
 */
@Component
class AuditReader {

    private final JsonMapper json = JsonMapper.builder().build();
    private final PersonalDataCipher personalData;

    AuditReader(PersonalDataCipher personalData) {
        this.personalData = personalData;
    }

    AuditedEvent read(StoredEvent event) {
        JsonNode metadata = parse(event.metaData());
        return new AuditedEvent(event.aggregateIdentifier(), event.sequence(), event.globalIndex(),
                simpleName(event.payloadType()), event.timestamp(), opened(parse(event.payload())),
                new AuditedEvent.Attribution(text(metadata, "actor"), text(metadata, "role"),
                        text(metadata, "traceId"), text(metadata, "correlationId"), text(metadata, "policyVersion")),
                HashChain.hex(event.hash()), HashChain.hex(event.previousHash()));
    }

    /**
     * The payload as stored, its personal fields opened: "[erased]" once the customer's key is gone. The hash is
     * the stored bytes', sealed fields and all, so verify does not depend on the key.
     */
    private JsonNode opened(JsonNode payload) {
        return payload == null ? null : personalData.openAll(payload);
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asString();
    }

    static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
