package org.disputes.platform.web;

import org.disputes.platform.json.FastConstructors;
import org.disputes.platform.json.FastInstants;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * JSON as a strict contract: unknown fields, duplicate keys, numbers where strings belong (and the reverse),
 * text that is not Unicode and absurd documents are refused rather than guessed at.
 */
public final class StrictJson {

    /** Deeper than any request of the contract needs, far below what could exhaust a stack. */
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 64 * 1024;
    static final int MAX_NUMBER_LENGTH = 40;

    private StrictJson() {
    }

    public static JsonFactoryBuilderCustomizer limits() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(256)
                .build());
    }

    /** The rules, and the readers that only make them faster ({@link FastInstants}, {@link FastConstructors}). */
    public static JsonMapperBuilderCustomizer strictness() {
        return mapper -> {
            rules().customize(mapper);
            mapper.addModule(FastInstants.canonicalOnly()).addModule(FastConstructors.module());
        };
    }

    /** What is refused, and how: with or without the faster readers, the same. */
    static JsonMapperBuilderCustomizer rules() {
        return mapper -> mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(WellFormedText.module())
                .withCoercionConfigDefaults(config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
