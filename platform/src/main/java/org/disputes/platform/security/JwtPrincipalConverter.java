package org.disputes.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads who a bearer token speaks for: the user's name from the principal claim ({@code sub} unless
 * {@code spring.security.oauth2.resourceserver.jwt.principal-claim-name} says otherwise), the role from
 * {@code roles} (a list, as identity providers write it) or {@code role} (a single string), and the party a
 * carrier or seller acts for from {@code party_id}.
 * <p>
 * Role values are API.md's roles, in any case, with or without {@code ROLE_}; values that name none of them
 * (an identity provider's own roles such as {@code offline_access}) are ignored. A user of this system has
 * exactly one role: a token naming none, or several, is refused (401), since what its holder may do, and in
 * which role their acts are recorded, would be a guess.
 */
public class JwtPrincipalConverter implements Converter<Jwt, DisputesAuthentication> {

    public static final String ROLES = "roles";
    public static final String ROLE = "role";
    public static final String PARTY_ID = "party_id";
    public static final String DEFAULT_NAME_CLAIM = "sub";

    private final String nameClaim;

    public JwtPrincipalConverter(String nameClaim) {
        this.nameClaim = nameClaim == null || nameClaim.isBlank() ? DEFAULT_NAME_CLAIM : nameClaim;
    }

    @Override
    public DisputesAuthentication convert(Jwt jwt) {
        String name = text(jwt.getClaims().get(nameClaim));
        if (name == null) {
            throw new InvalidBearerTokenException("The token names no user (claim " + nameClaim + ").");
        }
        Set<Role> roles = roles(jwt);
        if (roles.size() != 1) {
            throw new InvalidBearerTokenException(roles.isEmpty()
                    ? "The token names none of this service's roles."
                    : "The token names more than one of this service's roles.");
        }
        String partyId = text(jwt.getClaims().get(PARTY_ID));
        return new DisputesAuthentication(new DisputesPrincipal(name, null, roles.iterator().next(), partyId), jwt);
    }

    private static Set<Role> roles(Jwt jwt) {
        List<String> values = new ArrayList<>();
        values.addAll(values(jwt.getClaims().get(ROLES)));
        values.addAll(values(jwt.getClaims().get(ROLE)));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            if (name.startsWith("ROLE_")) {
                name = name.substring("ROLE_".length());
            }
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** A claim as a list of strings: a JSON array, or one string that may list several separated by spaces or commas. */
    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?>) {
            for (Object item : (Collection<?>) claim) {
                if (item instanceof String) {
                    values.add((String) item);
                }
            }
        } else if (claim instanceof String) {
            for (String item : ((String) claim).split("[\\s,]+")) {
                if (!item.isEmpty()) {
                    values.add(item);
                }
            }
        }
        return values;
    }

    private static String text(Object claim) {
        if (claim instanceof String && !((String) claim).isBlank()) {
            return ((String) claim).strip();
        }
        return null;
    }
}
