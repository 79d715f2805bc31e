package org.disputes.console.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in person as the services know them ({@code GET /api/me}), with the password the console sends on
 * their behalf. It lives only in the server-side session; {@link #toString()} never shows it.
 */
public final class Person implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String role;
    private final String partyId;
    private final String password;

    public Person(String name, String role, String partyId, String password) {
        this.name = name;
        this.role = role;
        this.partyId = partyId;
        this.password = password;
    }

    public String name() {
        return name;
    }

    /** One of API.md's roles, upper case: {@code AGENT}, {@code ESCALATION}, {@code REGULATOR}, … */
    public String role() {
        return role;
    }

    public Optional<String> partyId() {
        return Optional.ofNullable(partyId);
    }

    public boolean is(String... roles) {
        for (String r : roles) {
            if (r.equals(role)) {
                return true;
            }
        }
        return false;
    }

    /** What the console sends to the services as this person. */
    public String basicCredentials() {
        return java.util.Base64.getEncoder().encodeToString(
                (name + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Person[" + name + ", " + role + "]";
    }
}
