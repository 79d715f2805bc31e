package org.disputes.platform.web;

import org.disputes.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A request the service refuses, with the stable code a client may branch on. Thrown anywhere in the web layer
 * and turned into an {@code application/problem+json} answer in one place.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final ProblemCode code;
    private final List<FieldProblem> errors;

    public ApiProblem(HttpStatus status, ProblemCode code, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(HttpStatus status, ProblemCode code, String detail) {
        this(status, code, detail, List.of());
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, ProblemCode.VALIDATION_FAILED,
                "The request is not valid; see errors.", errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemCode code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
