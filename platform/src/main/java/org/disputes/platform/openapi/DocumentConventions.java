package org.disputes.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.disputes.platform.security.SignInMode;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the whole document states, for either service: only the API ({@code /api/**}; Spring's {@code /error} and
 * anything else mapped is not part of it), the {@code Problem} schema, both sign-in schemes saying which one this
 * instance accepts, one tag per feature, a contact. Refuses a document in which two operations share an id, which
 * would break every generated client.
 */
final class DocumentConventions implements GlobalOpenApiCustomizer {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    private final SignInMode mode;

    DocumentConventions(SignInMode mode) {
        this.mode = mode;
    }

    @Override
    public void customise(OpenAPI document) {
        Paths api = new Paths();
        if (document.getPaths() != null) {
            document.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    api.addPathItem(path, item);
                }
            });
        }
        document.setPaths(api);

        Components components = Objects.requireNonNullElseGet(document.getComponents(), Components::new);
        if (components.getSchemas() != null) {
            // what springdoc reads off the exception handlers' return type; every answer names Problem instead
            components.getSchemas().remove("ProblemDetail");
        }
        ProblemAnswers.schemas().forEach(components::addSchemas);
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("HTTP Basic with a configured user (`disputes.security.users`, or API.md's demo users "
                        + "where `disputes.security.demo-users=true`); accepted when `disputes.security.mode=basic`, "
                        + "the default." + (mode == SignInMode.BASIC ? " This instance signs users in this way." : "")));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("A JWT from the deployment's identity provider, its role in the "
                        + "`roles` (or `role`) claim; accepted when `disputes.security.mode=jwt`."
                        + (mode == SignInMode.JWT ? " This instance signs users in this way." : "")));
        document.setComponents(components);
        document.setSecurity(List.of(new SecurityRequirement().addList(BASIC),
                new SecurityRequirement().addList(BEARER)));

        Info info = Objects.requireNonNullElseGet(document.getInfo(), Info::new);
        if (info.getContact() == null) {
            info.setContact(new Contact().name("The disputes maintainers"));
        }
        document.setInfo(info);

        document.setTags(tags(document));
        requireUniqueOperationIds(api);
    }

    /** One tag per feature an operation names, in name order, keeping the descriptions a controller gave. */
    private static List<Tag> tags(OpenAPI document) {
        Map<String, Tag> declared = document.getTags() == null ? Map.of() : document.getTags().stream()
                .collect(Collectors.toMap(Tag::getName, tag -> tag, (a, b) -> a));
        Map<String, Tag> used = new TreeMap<>();
        operations(document.getPaths()).forEach(operation -> Objects.requireNonNullElse(operation.getTags(),
                List.<String>of()).forEach(name -> used.put(name, declared.getOrDefault(name, new Tag().name(name)))));
        return new ArrayList<>(used.values());
    }

    private static void requireUniqueOperationIds(Paths paths) {
        Map<String, Long> ids = operations(paths).stream()
                .collect(Collectors.groupingBy(Operation::getOperationId, LinkedHashMap::new, Collectors.counting()));
        List<String> twice = ids.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        if (!twice.isEmpty()) {
            throw new IllegalStateException("Operation ids used twice in the OpenAPI document: " + twice
                    + "; name one with @Operation(operationId = …)");
        }
    }

    private static List<Operation> operations(Paths paths) {
        return paths.values().stream().map(PathItem::readOperations).flatMap(Collection::stream).toList();
    }
}
