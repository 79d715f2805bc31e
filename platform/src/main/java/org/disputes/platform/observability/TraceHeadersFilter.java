package org.disputes.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Tells a client how to find its request in the logs: {@code X-Trace-Id} is the trace every log line of the request
 * carries (the saga's and the projections' included), and a client's own {@code X-Correlation-Id} is echoed back.
 */
public final class TraceHeadersFilter extends OncePerRequestFilter {

    public static final String TRACE_ID = "X-Trace-Id";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** What the command service accepts as a correlation id (a longer or stranger one is ignored, not echoed). */
    private static final Pattern VALID_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final Tracer tracer;

    public TraceHeadersFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Span span = tracer.currentSpan();
        if (span != null) {
            response.setHeader(TRACE_ID, span.context().traceId());
        }
        String correlationId = request.getHeader(CORRELATION_ID);
        if (correlationId != null && VALID_CORRELATION_ID.matcher(correlationId).matches()) {
            response.setHeader(CORRELATION_ID, correlationId);
        }
        chain.doFilter(request, response);
    }
}
