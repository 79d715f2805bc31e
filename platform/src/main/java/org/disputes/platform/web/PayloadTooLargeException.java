package org.disputes.platform.web;

import org.disputes.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;

/** A request body grew past the limit while it was being read (a chunked body carries no length up front). */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public ApiProblem problem() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, ProblemCode.PAYLOAD_TOO_LARGE,
                "The request body exceeds the limit of " + limit / 1024 + " KiB.");
    }
}
