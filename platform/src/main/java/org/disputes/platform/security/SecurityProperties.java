package org.disputes.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How users sign in. In the default mode ({@code basic}) the directory is {@code users}: API.md's demo users
 * unless replaced with {@code disputes.security.users[0].name=…} or the matching environment variables. In
 * {@code jwt} mode the users come from bearer tokens instead; see {@link JwtSignInProperties}.
 */
@ConfigurationProperties("disputes.security")
public record SecurityProperties(SignInMode mode, List<DisputesUser> users, JwtSignInProperties jwt) {

    public SecurityProperties {
        if (mode == null) {
            mode = SignInMode.BASIC;
        }
        if (users == null || users.isEmpty()) {
            users = List.of(
                    new DisputesUser("agent", "agent-demo", Role.AGENT, null),
                    new DisputesUser("lead", "lead-demo", Role.ESCALATION, null),
                    new DisputesUser("auditor", "auditor-demo", Role.REGULATOR, null),
                    new DisputesUser("carrier", "carrier-demo", Role.CARRIER, "CARRIER-1"),
                    new DisputesUser("seller", "seller-demo", Role.SELLER, "SELLER-1"));
        }
        if (jwt == null) {
            jwt = new JwtSignInProperties(null);
        }
    }
}
