package org.disputes.platform.web;

import org.disputes.platform.problem.ProblemCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Answers what the servlet container itself rejects (before any controller) as a problem response, instead of
 * an HTML or framework error page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemFor(status));
    }

    /** The problem answering a bare status, from the container or from Tomcat itself ({@link ProblemErrorReportValve}). */
    static ProblemDetail problemFor(HttpStatus status) {
        ProblemCode problemCode = switch (status) {
            case NOT_FOUND -> ProblemCode.NOT_FOUND;
            case CONTENT_TOO_LARGE -> ProblemCode.PAYLOAD_TOO_LARGE;
            case UNAUTHORIZED -> ProblemCode.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemCode.FORBIDDEN;
            case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? ProblemCode.MALFORMED_REQUEST : ProblemCode.INTERNAL_ERROR;
        };
        return Problems.detail(status, problemCode, status.is5xxServerError()
                ? "Something went wrong on our side; nothing about it is shown here."
                : "The request was refused: " + status.getReasonPhrase() + ".", List.of());
    }
}
