package org.disputes.command.cases;

/** One rule of a case that a command would break, named by the request field it concerns. */
public record Violation(String field, String message) {
}
