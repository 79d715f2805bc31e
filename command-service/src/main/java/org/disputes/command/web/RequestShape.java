package org.disputes.command.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds a request body to the shape its record declares (the Bean Validation constraints, which the OpenAPI
 * document shows too) and refuses it naming every wrong field at once, as the client named it:
 * {@code tenders[1].amount}, {@code attributes.channel}. What a case makes of well-formed values is the case's
 * business, not this.
 */
@Component
public class RequestShape {

    static final String REQUIRED = "is required";

    private final Validator validator;

    public RequestShape(Validator validator) {
        this.validator = validator;
    }

    /** The body itself, when it is there and of the declared shape. */
    public <T> T check(T body) {
        if (body == null) {
            throw ApiProblem.invalid("body", REQUIRED);
        }
        List<FieldProblem> problems = problems(validator.validate(body));
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return body;
    }

    /** One problem per field and message; a field that is missing is only said to be missing. */
    private static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        Set<FieldProblem> problems = violations.stream()
                .map(v -> new FieldProblem(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> missing = problems.stream().filter(p -> p.message().equals(REQUIRED))
                .map(FieldProblem::field).collect(Collectors.toSet());
        return problems.stream()
                .filter(p -> p.message().equals(REQUIRED) || !missing.contains(p.field()))
                .toList();
    }

    /** A violation's path as the JSON names it: list elements by index, map values by key, map keys by the map. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null && "<map value>".equals(node.getName())) {
                    field.append('.').append(node.getKey());
                }
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
