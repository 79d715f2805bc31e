package org.disputes.platform.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The signed-in user: who they are, their role, and the party they act for when they are a carrier or seller. */
public record DisputesPrincipal(String name, String passwordHash, Role role, String partyId) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    public Optional<String> party() {
        return Optional.ofNullable(partyId);
    }
}
