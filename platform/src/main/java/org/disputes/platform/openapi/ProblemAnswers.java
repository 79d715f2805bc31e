package org.disputes.platform.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.disputes.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problem responses of the OpenAPI documents: the {@code Problem} schema (RFC 9457 as {@code web.Problems}
 * writes it) and, for a response that names its codes in its description, an {@code application/problem+json}
 * body of that schema with an example carrying the first code named.
 */
final class ProblemAnswers {

    static final String SCHEMA = "Problem";
    static final String FIELD_SCHEMA = "FieldProblem";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    private ProblemAnswers() {
    }

    /** The problem schema, its {@code code} restricted to the one catalogue every thrower names. */
    static Map<String, Schema> schemas() {
        Schema<?> field = new ObjectSchema()
                .description("One field (or header, or parameter) of the request that is missing or of the wrong form.")
                .addProperty("field", new StringSchema().description("The field as the client named it: "
                        + "`tenders[1].amount`, `attributes.channel`, `If-Match`."))
                .addProperty("message", new StringSchema().description("What is wrong with it, in English."))
                .required(List.of("field", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("An error answer (RFC 9457), `application/problem+json`. Clients branch on `code`, never "
                        + "on the prose; no stack trace, SQL or class name is ever part of it.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("`/problems/` and the code in lower case, words joined by `-`."))
                .addProperty("title", new StringSchema().description("The HTTP status's reason phrase."))
                .addProperty("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status code."))
                .addProperty("detail", new StringSchema().description("What happened, in English, for a person."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request refused."))
                .addProperty("code", new StringSchema()._enum(Arrays.stream(ProblemCode.values()).map(Enum::name)
                        .toList()).description("The stable code: what a client branches on."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(ref(FIELD_SCHEMA)))
                        .description("With `VALIDATION_FAILED`: every wrong field at once."))
                .required(List.of("type", "title", "status", "code"));
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(SCHEMA, problem);
        schemas.put(FIELD_SCHEMA, field);
        return schemas;
    }

    /** A problem answer: the description given, a problem+json body with an example of its first code. */
    static ApiResponse response(int status, String description) {
        return new ApiResponse().description(description).content(content(status, description));
    }

    /** The problem+json body of a response with that status and description. */
    static Content content(int status, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        ProblemCode code = firstCode(description);
        HttpStatus http = HttpStatus.valueOf(status);
        example.put("type", "/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        example.put("title", http.getReasonPhrase());
        example.put("status", status);
        example.put("detail", firstSentence(description));
        example.put("code", code.name());
        if (code == ProblemCode.VALIDATION_FAILED) {
            example.put("detail", "The request is not valid; see errors.");
            example.put("errors", List.of(Map.of("field", "jurisdiction", "message", "must match \"[A-Z]{2}\"")));
        }
        return new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref(ref(SCHEMA))).example(example));
    }

    private static ProblemCode firstCode(String description) {
        Matcher matcher = CODE.matcher(description == null ? "" : description);
        while (matcher.find()) {
            try {
                return ProblemCode.valueOf(matcher.group());
            } catch (IllegalArgumentException notACode) {
                // a word in capitals that is no code (an HTTP header name, a role): read on
            }
        }
        throw new IllegalStateException("A problem response's description names no ProblemCode: " + description);
    }

    private static String firstSentence(String description) {
        String text = description.replaceAll("`", "");
        int colon = text.indexOf(": ");
        String rest = colon < 0 ? text : text.substring(colon + 2);
        int end = rest.indexOf(". ");
        String sentence = end < 0 ? rest : rest.substring(0, end + 1);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
