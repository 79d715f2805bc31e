package org.disputes.platform.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /actuator/health} on the service's own port, as it was before the actuator moved to the management
 * port: what the launcher, the test harness, compose's health checks and API.md's clients poll. The status only
 * (UP is 200, anything else 503); the details and the liveness and readiness groups are on the management port.
 * A filter rather than a controller, so that it stays out of the API's OpenAPI document.
 */
final class ServiceHealthFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/health";

    private final HealthEndpoint health;

    ServiceHealthFilter(HealthEndpoint health) {
        this.health = health;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI()) || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Status status = health.health().getStatus();
        byte[] body = ("{\"status\":\"" + status.getCode() + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(Status.UP.equals(status) ? HttpServletResponse.SC_OK
                : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
