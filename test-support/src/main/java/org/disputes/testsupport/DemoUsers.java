package org.disputes.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signing in as one of API.md's demo users (password: the name followed by {@code -demo}) over HTTP Basic. */
public final class DemoUsers {

    private DemoUsers() {
    }

    /** The {@code Authorization} header of the demo user {@code user}. */
    public static String basic(String user) {
        return basic(user, user + "-demo");
    }

    /** The {@code Authorization} header for any name and password, right or wrong. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
