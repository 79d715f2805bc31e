package org.disputes.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every operation of both services states without its controller saying it (docs/API-DOCUMENT.md): its
 * feature as its tag (the controller's package), a stable operation id (feature and method name), and the problem
 * responses the edge gives every request of its kind: 400 and 401 always, 403 unless any signed-in user may call
 * it ({@link AnySignedInUser}), 404 with a path variable, 413 and 415 with a body, 412 with {@code If-Match}, and on
 * a POST of a service that keeps {@code Idempotency-Key}s the header and its 409 and 422. A problem response the
 * controller declares itself ({@code @ApiResponse} naming its codes) gets the problem body too, and keeps its
 * description ahead of the generic one. Examples come from {@link OperationExamples}.
 */
final class OperationConventions implements GlobalOperationCustomizer {

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final boolean idempotencyKeys;
    private final String maxBodySize;
    private final OperationExamples examples;

    OperationConventions(boolean idempotencyKeys, String maxBodySize, OperationExamples examples) {
        this.idempotencyKeys = idempotencyKeys;
        this.maxBodySize = maxBodySize;
        this.examples = examples;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String feature = feature(handler);
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.setTags(List.of(feature));
        }
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isBlank()) {
            operation.setOperationId(
                    feature(operation.getTags().get(0)) + StringUtils.capitalize(handler.getMethod().getName()));
        }
        boolean post = methods(handler).contains(RequestMethod.POST);
        if (post && idempotencyKeys
                && parameters(operation).stream().noneMatch(p -> IDEMPOTENCY_KEY.equals(p.getName()))) {
            operation.addParametersItem(new HeaderParameter().name(IDEMPOTENCY_KEY).required(false)
                    .description("Any string up to 255 characters, chosen by the client for this request: a repeat "
                            + "with the same key and the same body answers the first answer again and changes nothing "
                            + "(kept at least 24 h).")
                    .schema(new StringSchema().minLength(1).maxLength(255)));
        }
        // a path variable names what it identifies: caseId is "the case's id"
        parameters(operation).stream()
                .filter(p -> "path".equals(p.getIn()) && p.getDescription() == null && p.getName().endsWith("Id"))
                .forEach(p -> p.description("The " + String.join(" ", StringUtils.uncapitalize(
                        p.getName().substring(0, p.getName().length() - 2)).split("(?=[A-Z])")).toLowerCase(Locale.ROOT)
                        + "'s id"));
        parameters(operation).stream()
                .filter(p -> "header".equals(p.getIn()) && IF_MATCH.equals(p.getName()) && p.getDescription() == null)
                .forEach(p -> p.description("The version the sender last saw, as its `ETag` gave it (quoted or bare): "
                        + "the command applies only to the case at that version, else 412."));
        Map<Integer, String> problems = new TreeMap<>();
        problems.put(400, "VALIDATION_FAILED: a field, parameter or header is missing or of the wrong form (`errors` "
                + "names each one). MALFORMED_REQUEST: the body is not JSON this service reads, or the request is one "
                + "it refuses to read (an encoded slash in the path, headers over their limits).");
        problems.put(401, "UNAUTHENTICATED: no credentials, or wrong ones; `WWW-Authenticate` says how to sign in.");
        if (!anySignedInUser(handler)) {
            problems.put(403, "FORBIDDEN: signed in, but this user's role (or party) may not do this.");
        }
        if (parameters(operation).stream().anyMatch(p -> "path".equals(p.getIn()))) {
            problems.put(404, "NOT_FOUND: nothing with this id is known here (the feature's `…_NOT_FOUND` code "
                    + "says what).");
        }
        if (operation.getRequestBody() != null) {
            problems.put(413, "PAYLOAD_TOO_LARGE: the body is over " + maxBodySize + ".");
            problems.put(415, "UNSUPPORTED_MEDIA_TYPE: the body is not sent as `application/json`.");
        }
        if (parameters(operation).stream().anyMatch(p -> "header".equals(p.getIn()) && IF_MATCH.equals(p.getName()))) {
            problems.put(412, "VERSION_CONFLICT: the case is no longer at the version `If-Match` names; `ETag` holds "
                    + "the version it is at.");
        }
        if (post && idempotencyKeys) {
            problems.put(409, "IDEMPOTENCY_KEY_IN_FLIGHT: the first request under this `Idempotency-Key` is still "
                    + "being handled; retry after `Retry-After`.");
            problems.put(422, "IDEMPOTENCY_KEY_REUSED: this `Idempotency-Key` was used for another request.");
        }
        problems.put(503, "SERVICE_UNAVAILABLE: the service is too busy, or cannot reach its database, to take the "
                + "request now; send it again after `Retry-After`.");
        ApiResponses responses = Objects.requireNonNullElseGet(operation.getResponses(), ApiResponses::new);
        problems.forEach((status, description) -> {
            ApiResponse declaredResponse = responses.get(String.valueOf(status));
            if (declaredResponse == null) {
                responses.addApiResponse(String.valueOf(status), ProblemAnswers.response(status, description));
            } else if (status != 404 && !declaredResponse.getDescription().contains(description)) {
                // the edge's cause comes on top of the operation's own; an unknown id is the operation's to word
                declaredResponse.setDescription(declaredResponse.getDescription() + " " + description);
            }
        });
        // a problem response the controller declared names its codes; it answers a problem body like the rest
        responses.forEach((status, response) -> {
            // springdoc gives a declared response the method's return type; a refusal's body is a problem
            if (status.matches("[45]\\d\\d") && (response.getContent() == null
                    || !response.getContent().containsKey(ProblemAnswers.MEDIA_TYPE))) {
                response.setContent(ProblemAnswers.content(Integer.parseInt(status), response.getDescription()));
            }
        });
        operation.setResponses(responses);
        examples.apply(operation);
        return operation;
    }

    /** The feature a controller belongs to: the last segment of its package ({@code org.disputes.command.claims}). */
    private static String feature(HandlerMethod handler) {
        String name = handler.getBeanType().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** A tag as the first word of an operation id: {@code scam contacts} → {@code scamContacts}. */
    private static String feature(String tag) {
        String[] words = tag.trim().split("[^A-Za-z0-9]+");
        StringBuilder id = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
        Arrays.stream(words).skip(1).forEach(word -> id.append(StringUtils.capitalize(word.toLowerCase(Locale.ROOT))));
        return id.toString();
    }

    private static List<RequestMethod> methods(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null ? List.of() : List.of(mapping.method());
    }

    private static boolean anySignedInUser(HandlerMethod handler) {
        return handler.hasMethodAnnotation(AnySignedInUser.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AnySignedInUser.class);
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }
}
