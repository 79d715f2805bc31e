package org.disputes.platform.security;

/** Thrown at start-up by a service in {@code basic} mode that has no users: it would refuse everyone. */
public final class NoSignInConfigured extends RuntimeException {

    public NoSignInConfigured() {
        super("No one can sign in: no users are configured and the demo users are off");
    }
}
