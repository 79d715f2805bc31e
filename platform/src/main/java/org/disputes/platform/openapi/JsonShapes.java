package org.disputes.platform.openapi;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.lang.annotation.Annotation;
import java.util.Currency;
import java.util.Iterator;

/**
 * Schemas as the services' JSON really is where swagger-core would guess otherwise: a number written as a string
 * ({@code @JsonFormat(shape = STRING)}, every amount: {@code "1229.00"}) is a decimal string, a {@link Currency}
 * its ISO 4217 code, and a Jackson tree (an event's payload) any JSON value rather than the tree class's getters.
 */
final class JsonShapes implements ModelConverter {

    static final String DECIMAL = "-?\\d+(\\.\\d+)?";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (raw != null) {
            if (Number.class.isAssignableFrom(raw) && shapedAsString(type.getCtxAnnotations())) {
                return new StringSchema().pattern(DECIMAL).description("A decimal number, written as a string");
            }
            if (Currency.class.equals(raw)) {
                return new StringSchema().pattern("[A-Z]{3}").description("An ISO 4217 currency code");
            }
            if (tools.jackson.databind.JsonNode.class.isAssignableFrom(raw)) {
                return new Schema<>().description("Any JSON value");
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static boolean shapedAsString(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof JsonFormat format && format.shape() == JsonFormat.Shape.STRING) {
                return true;
            }
        }
        return false;
    }
}
