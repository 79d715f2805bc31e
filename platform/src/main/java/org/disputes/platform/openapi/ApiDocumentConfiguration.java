package org.disputes.platform.openapi;

import org.disputes.platform.idempotency.IdempotencyProperties;
import org.disputes.platform.security.SecurityProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * The conventions of both services' OpenAPI documents ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): see {@link OperationConventions} and {@link DocumentConventions}.
 */
@AutoConfiguration
public class ApiDocumentConfiguration {

    /** The paths of Swagger UI's page, assets and configuration: static, holding no data, open to anyone. */
    public static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/swagger-config"};

    /** The OpenAPI document itself: any signed-in user reads it. */
    public static final String[] DOCUMENT = {"/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    OperationConventions operationConventions(ObjectProvider<IdempotencyProperties> idempotency,
                                              @Value("${disputes.http.max-body-size:256KB}") DataSize maxBodySize) {
        return new OperationConventions(idempotency.getIfAvailable() != null, readable(maxBodySize),
                new OperationExamples(OperationExamples.LOCATION));
    }

    @Bean
    JsonShapes jsonShapes() {
        return new JsonShapes();
    }

    @Bean
    DocumentConventions documentConventions(SecurityProperties security) {
        return new DocumentConventions(security.mode());
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
