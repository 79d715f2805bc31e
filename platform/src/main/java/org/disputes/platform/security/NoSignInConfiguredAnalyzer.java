package org.disputes.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to configure, instead of a stack trace, when a service has no one who could sign in. */
public final class NoSignInConfiguredAnalyzer extends AbstractFailureAnalyzer<NoSignInConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSignInConfigured cause) {
        return new FailureAnalysis(cause.getMessage() + ".", """
                Configure who signs in, one of:
                  - users of your own: disputes.security.users[0].name, .password, .role (and .party-id for carriers \
                and sellers), e.g. DISPUTES_SECURITY_USERS_0_NAME, DISPUTES_SECURITY_USERS_0_PASSWORD, \
                DISPUTES_SECURITY_USERS_0_ROLE;
                  - bearer tokens: disputes.security.mode=jwt (DISPUTES_SECURITY_MODE=jwt) with \
                disputes.security.jwt.public-key-location or spring.security.oauth2.resourceserver.jwt.*;
                  - for a demo or tests only, API.md's demo users: disputes.security.demo-users=true \
                (DISPUTES_SECURITY_DEMO_USERS=true).""", cause);
    }
}
