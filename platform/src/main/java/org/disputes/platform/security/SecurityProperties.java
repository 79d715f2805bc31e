package org.disputes.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import java.util.List;

/**
 * How users sign in. In the default mode ({@code basic}) the directory is {@code users}, or API.md's demo users
 * where {@code demo-users} says so; with neither a service refuses to start. In {@code jwt} mode the users come
 * from bearer tokens instead; see {@link JwtSignInProperties}.
 *
 * @param mode      {@code basic} (HTTP Basic against the configured users) or {@code jwt} (bearer tokens)
 * @param users     the HTTP Basic directory: name, password (plain or {@code {bcrypt}…}), role and, for carriers
 *                  and sellers, party id
 * @param demoUsers API.md's demo users (agent/agent-demo, …) when no users are configured: for demos and tests
 *                  only, since anyone who has read API.md can sign in with them
 * @param jwt       the bearer-token mode's own settings
 */
@ConfigurationProperties("disputes.security")
public record SecurityProperties(SignInMode mode, List<DisputesUser> users, boolean demoUsers,
                                 @NestedConfigurationProperty JwtSignInProperties jwt) {

    /** API.md's demo users. */
    public static final List<DisputesUser> DEMO_USERS = List.of(
            new DisputesUser("agent", "agent-demo", Role.AGENT, null),
            new DisputesUser("lead", "lead-demo", Role.ESCALATION, null),
            new DisputesUser("auditor", "auditor-demo", Role.REGULATOR, null),
            new DisputesUser("carrier", "carrier-demo", Role.CARRIER, "CARRIER-1"),
            new DisputesUser("seller", "seller-demo", Role.SELLER, "SELLER-1"),
            new DisputesUser("ops", "ops-demo", Role.OPERATOR, null),
            new DisputesUser("dpo", "dpo-demo", Role.PRIVACY, null));

    public SecurityProperties {
        if (mode == null) {
            mode = SignInMode.BASIC;
        }
        users = users == null ? List.of() : List.copyOf(users);
        if (jwt == null) {
            jwt = new JwtSignInProperties(null);
        }
    }

    /** Whether the directory is API.md's demo users: asked for, and no users of the deployment's own. */
    public boolean usesDemoUsers() {
        return mode == SignInMode.BASIC && users.isEmpty() && demoUsers;
    }

    /** The HTTP Basic directory: the configured users, else the demo users when asked for, else nobody. */
    public List<DisputesUser> directory() {
        return usesDemoUsers() ? DEMO_USERS : users;
    }
}
