package org.disputes.console.config;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The console signs people in with a user name and password it checks against the services; a deployment whose
 * services take bearer tokens has no such passwords, so the console refuses to start rather than half-work.
 */
@Component
class JwtModeRefusal implements InitializingBean {

    static final String REFUSAL = "The console does not serve disputes.security.mode=jwt yet: it signs people in with "
            + "the services' user names and passwords (HTTP Basic). Run it with disputes.security.mode=basic.";

    private final String mode;

    JwtModeRefusal(@Value("${disputes.security.mode:basic}") String mode) {
        this.mode = mode;
    }

    @Override
    public void afterPropertiesSet() {
        if ("jwt".equalsIgnoreCase(mode.trim())) {
            throw new IllegalStateException(REFUSAL);
        }
    }
}
