package org.disputes.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The sign-in of this deployment ({@code disputes.security.mode}): HTTP Basic against the user directory, or
 * bearer JWTs. Either way the signed-in principal is a {@link DisputesPrincipal}, and refusals are problem
 * responses.
 */
public final class SignIn {

    private final SignInMode mode;
    private final ProblemSecurityHandlers handlers;
    private final JwtDecoder decoder;
    private final Converter<Jwt, ? extends AbstractAuthenticationToken> principals;

    private SignIn(SignInMode mode, ProblemSecurityHandlers handlers, JwtDecoder decoder,
                   Converter<Jwt, ? extends AbstractAuthenticationToken> principals) {
        this.mode = mode;
        this.handlers = handlers;
        this.decoder = decoder;
        this.principals = principals;
    }

    public static SignIn basic(ProblemSecurityHandlers handlers) {
        return new SignIn(SignInMode.BASIC, handlers, null, null);
    }

    public static SignIn jwt(ProblemSecurityHandlers handlers, JwtDecoder decoder,
                             Converter<Jwt, ? extends AbstractAuthenticationToken> principals) {
        return new SignIn(SignInMode.JWT, handlers, decoder, principals);
    }

    public SignInMode mode() {
        return mode;
    }

    public ProblemSecurityHandlers handlers() {
        return handlers;
    }

    void configure(HttpSecurity http) throws Exception {
        if (mode == SignInMode.JWT) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(handlers)
                    .accessDeniedHandler(handlers)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(principals)));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(handlers));
        }
    }
}
