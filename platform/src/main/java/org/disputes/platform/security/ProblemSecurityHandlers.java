package org.disputes.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.ProblemCodes;
import org.disputes.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as problem responses, like every other refusal. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    public ProblemSecurityHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"disputes\"");
        problems.write(response, new ApiProblem(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                "Sign in to use this service."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(response, new ApiProblem(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                "Your role does not allow this."));
    }
}
