package org.disputes.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own error report, for what it refuses before any servlet sees the request (an encoded slash in the
 * path, a request line or header over its limits, a control character in a header): a problem response like every
 * other refusal, where Tomcat's would be an HTML page naming itself.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    public ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's: only for an error nothing has been written for yet, and only while the client can be answered
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String body = json.writeValueAsString(ProblemErrorController.problemFor(
                known != null ? known : HttpStatus.BAD_REQUEST));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away or the response was committed meanwhile: nothing more to say
        }
    }
}
