package org.disputes.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.disputes.command.cases.CaseConflict;
import org.disputes.command.cases.CaseRuleViolation;
import org.disputes.command.cases.CaseVersionMismatch;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Maps the case's refusals to problem responses, once for every endpoint. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemHandlers {

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(CaseRuleViolation e) {
        return Problems.response(ApiProblem.invalid(e.violations().stream()
                .map(v -> new FieldProblem(v.field(), v.message())).toList()));
    }

    @ExceptionHandler(CaseConflict.class)
    ResponseEntity<ProblemDetail> conflict(CaseConflict e) {
        return Problems.response(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(AggregateNotFoundException e) {
        return Problems.response(HttpStatus.NOT_FOUND, ProblemCode.CASE_NOT_FOUND,
                "No case has id " + e.getAggregateIdentifier() + ".");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> caseExists() {
        return Problems.response(HttpStatus.CONFLICT, ProblemCode.CASE_ALREADY_EXISTS,
                "A case with this id exists already.");
    }

    /** The case is no longer at the version of the sender's {@code If-Match}: 412, with the version it is at. */
    @ExceptionHandler(CaseVersionMismatch.class)
    ResponseEntity<ProblemDetail> versionMismatch(CaseVersionMismatch e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(CaseVersions.etag(e.actual()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.detail(HttpStatus.PRECONDITION_FAILED, ProblemCode.VERSION_CONFLICT, e.getMessage(), List.of()));
    }

    /** Two writers raced on one case, or a new case reused the id of an existing one. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return Problems.response(HttpStatus.CONFLICT, ProblemCode.VERSION_CONFLICT,
                "The case changed while this command was handled; read it again and retry.");
    }
}
