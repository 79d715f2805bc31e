package org.disputes.platform.security;

/**
 * How a request proves who sends it ({@code disputes.security.mode}): HTTP Basic against the configured
 * directory (the default), or a bearer JWT issued by an identity provider (an OAuth2 resource server).
 */
public enum SignInMode {
    BASIC, JWT
}
