package org.disputes.platform.web;

/** One thing wrong with one field of a request, as the client named the field. */
public record FieldProblem(String field, String message) {
}
