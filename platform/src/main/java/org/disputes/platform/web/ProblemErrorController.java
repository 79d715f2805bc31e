package org.disputes.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
        String problemCode = switch (status) {
            case NOT_FOUND -> ProblemCodes.NOT_FOUND;
            case CONTENT_TOO_LARGE -> ProblemCodes.PAYLOAD_TOO_LARGE;
            case UNAUTHORIZED -> ProblemCodes.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemCodes.FORBIDDEN;
            case METHOD_NOT_ALLOWED -> ProblemCodes.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? ProblemCodes.MALFORMED_REQUEST : ProblemCodes.INTERNAL_ERROR;
        };
        return Problems.response(status, problemCode, status.is5xxServerError()
                ? "Something went wrong on our side; nothing about it is shown here."
                : "The request was refused: " + status.getReasonPhrase() + ".");
    }
}
