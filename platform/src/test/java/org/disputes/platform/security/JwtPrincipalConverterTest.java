package org.disputes.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a bearer token's claims become the signed-in {@link DisputesPrincipal}. */
class JwtPrincipalConverterTest {

    private final JwtPrincipalConverter converter = new JwtPrincipalConverter(null);

    @Test
    void readsTheNameTheRolesListAndTheParty() {
        DisputesAuthentication signedIn = converter.convert(jwt(Map.of("sub", "carrier-desk-1",
                "roles", List.of("CARRIER"), "party_id", "CARRIER-1")));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo("carrier-desk-1");
        assertThat(signedIn.getPrincipal()).isEqualTo(new DisputesPrincipal("carrier-desk-1", null, Role.CARRIER,
                "CARRIER-1"));
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CARRIER");
        assertThat(signedIn.getToken().getTokenValue()).isEqualTo("token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ESCALATION", "escalation", "ROLE_ESCALATION", "role_escalation", " ESCALATION "})
    void readsASingleRoleStringInAnyCaseWithOrWithoutItsPrefix(String role) {
        DisputesAuthentication signedIn = converter.convert(jwt(Map.of("sub", "lead-3", "role", role)));

        assertThat(signedIn.getPrincipal().role()).isEqualTo(Role.ESCALATION);
        assertThat(signedIn.getPrincipal().partyId()).isNull();
    }

    @Test
    void ignoresTheIdentityProvidersOwnRoles() {
        DisputesAuthentication signedIn = converter.convert(jwt(Map.of("sub", "agent-7",
                "roles", List.of("offline_access", "uma_authorization", "AGENT"))));

        assertThat(signedIn.getPrincipal().role()).isEqualTo(Role.AGENT);
    }

    @Test
    void takesTheNameFromTheConfiguredClaim() {
        DisputesAuthentication signedIn = new JwtPrincipalConverter("preferred_username").convert(jwt(Map.of(
                "sub", "5f0c…", "preferred_username", "lead", "roles", List.of("ESCALATION"))));

        assertThat(signedIn.getName()).isEqualTo("lead");
    }

    @Test
    void refusesATokenNamingNoneOrSeveralOfTheRolesOrNobody() {
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "x", "roles", List.of("offline_access")))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "x"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "x", "roles", List.of("AGENT"),
                "role", "ESCALATION")))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("roles", List.of("AGENT")))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aRoleNamedTwiceIsOneRole() {
        DisputesAuthentication signedIn = converter.convert(jwt(Map.of("sub", "agent-7", "roles",
                List.of("AGENT", "ROLE_AGENT"), "role", "agent")));

        assertThat(signedIn.getPrincipal().role()).isEqualTo(Role.AGENT);
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        claims.forEach(jwt::claim);
        return jwt.build();
    }
}
