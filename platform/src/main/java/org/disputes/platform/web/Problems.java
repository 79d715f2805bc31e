package org.disputes.platform.web;

import org.disputes.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds RFC 9457 problem responses: {@code type}, {@code title}, {@code status}, {@code detail}, {@code code}, {@code errors}. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail detail(HttpStatus status, ProblemCode code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code.name());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, ProblemCode code, String detail,
                                                         List<FieldProblem> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, code, detail, errors));
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatus status, ProblemCode code, String detail) {
        return response(status, code, detail, List.of());
    }

    public static ResponseEntity<ProblemDetail> response(ApiProblem problem) {
        return response(problem.status(), problem.code(), problem.getMessage(), problem.errors());
    }
}
