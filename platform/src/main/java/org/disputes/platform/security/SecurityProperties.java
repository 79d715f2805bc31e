package org.disputes.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The user directory of the default (HTTP Basic) configuration. The defaults are API.md's demo users; replace
 * them with {@code disputes.security.users[0].name=…} or the matching environment variables.
 */
@ConfigurationProperties("disputes.security")
public record SecurityProperties(List<DisputesUser> users) {

    public SecurityProperties {
        if (users == null || users.isEmpty()) {
            users = List.of(
                    new DisputesUser("agent", "agent-demo", Role.AGENT, null),
                    new DisputesUser("lead", "lead-demo", Role.ESCALATION, null),
                    new DisputesUser("auditor", "auditor-demo", Role.REGULATOR, null),
                    new DisputesUser("carrier", "carrier-demo", Role.CARRIER, "CARRIER-1"),
                    new DisputesUser("seller", "seller-demo", Role.SELLER, "SELLER-1"));
        }
    }
}
