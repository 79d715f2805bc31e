package org.disputes.platform.web;

import org.disputes.platform.database.PassingTrouble;
import org.disputes.platform.problem.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/**
 * Turns every failure at the web edge into a problem response with a stable code. Services add their own
 * domain mappings with a higher precedence; whatever nobody recognises becomes a 500 that says nothing inside.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandlers {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlers.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        return Problems.response(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return Problems.response(JsonProblems.explain(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCode.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as application/json.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.response(HttpStatus.NOT_ACCEPTABLE, ProblemCode.NOT_ACCEPTABLE,
                "This resource is available as application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return Problems.response(HttpStatus.METHOD_NOT_ALLOWED, ProblemCode.METHOD_NOT_ALLOWED,
                "This resource does not accept " + e.getMethod() + ".");
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e) {
        return Problems.response(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND, "There is nothing at this address.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getParameter().nestedIfOptional().getNestedParameterType();
        String expected = type.isEnum()
                ? "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                : "is not valid";
        return Problems.response(ApiProblem.invalid(e.getName(), expected));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.response(ApiProblem.invalid(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return Problems.response(ApiProblem.invalid(e.getHeaderName(), "header is required"));
    }

    @ExceptionHandler(AsyncRequestTimeoutException.class)
    ResponseEntity<ProblemDetail> timeout(AsyncRequestTimeoutException e) {
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, ProblemCode.SERVICE_UNAVAILABLE,
                "The answer took too long; try again.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (PassingTrouble.isPassing(e)) {
            return PassingTroubleAnswer.response(e);
        }
        log.error("Unexpected failure while serving a request", e);
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.INTERNAL_ERROR,
                "Something went wrong on our side; nothing about it is shown here. It has been logged.");
    }
}
