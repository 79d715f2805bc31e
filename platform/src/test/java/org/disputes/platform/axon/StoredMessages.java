package org.disputes.platform.axon;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.json.JsonMapper;

/** The serializer of stored messages as the services build it: Axon's, with this project's customizer. */
final class StoredMessages {

    private StoredMessages() {
    }

    static Jackson3Serializer serializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(new AxonPlatformConfiguration().lenientStoredMessages()).build();
    }

    static JsonMapper mapper() {
        return (JsonMapper) serializer().getObjectMapper();
    }
}
