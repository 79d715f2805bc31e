package org.disputes.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import java.util.Map;

/**
 * A user signed in with a bearer JWT. Its principal is the same {@link DisputesPrincipal} the HTTP Basic
 * directory gives, so the rest of the code reads the user's name, role and party alike in both modes.
 */
public class DisputesAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    private static final long serialVersionUID = 1L;

    public DisputesAuthentication(DisputesPrincipal principal, Jwt token) {
        super(token, principal, token, principal.getAuthorities());
        setAuthenticated(true);
    }

    @Override
    public DisputesPrincipal getPrincipal() {
        return (DisputesPrincipal) super.getPrincipal();
    }

    @Override
    public String getName() {
        return getPrincipal().name();
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }
}
