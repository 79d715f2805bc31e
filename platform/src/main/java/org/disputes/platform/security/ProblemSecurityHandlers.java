package org.disputes.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as problem responses, like every other refusal, with the challenge of the sign-in mode. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String REALM = "realm=\"disputes\"";

    private final ProblemWriter problems;
    private final SignInMode mode;

    public ProblemSecurityHandlers(ProblemWriter problems) {
        this(problems, SignInMode.BASIC);
    }

    public ProblemSecurityHandlers(ProblemWriter problems, SignInMode mode) {
        this.problems = problems;
        this.mode = mode;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (mode == SignInMode.JWT) {
            // RFC 6750 §3: say that a token was refused, never why in detail
            boolean refused = e instanceof OAuth2AuthenticationException;
            response.setHeader("WWW-Authenticate", "Bearer " + REALM + (refused ? ", error=\"invalid_token\"" : ""));
            problems.write(response, new ApiProblem(HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED, refused
                    ? "The bearer token is not valid, has expired, or names no single role of this service."
                    : "Sign in with a bearer token to use this service."));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic " + REALM);
        problems.write(response, new ApiProblem(HttpStatus.UNAUTHORIZED, ProblemCode.UNAUTHENTICATED,
                "Sign in to use this service."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(response, new ApiProblem(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN,
                "Your role does not allow this."));
    }
}
