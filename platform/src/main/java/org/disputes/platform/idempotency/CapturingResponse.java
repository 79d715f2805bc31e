package org.disputes.platform.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;

/**
 * Holds the answer back until it has been remembered. Notes {@code sendError}: the body of such an answer is
 * written later by the container's error dispatch, out of this filter's sight, so it cannot be replayed.
 */
final class CapturingResponse extends ContentCachingResponseWrapper {

    private boolean errorSent;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
        errorSent = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        errorSent = true;
        super.sendError(status, message);
    }

    boolean errorSent() {
        return errorSent;
    }
}
