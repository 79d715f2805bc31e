package org.disputes.platform.security;

/**
 * A user of the demo directory: name, password (plain or already encoded as {@code {bcrypt}…}), role and, for
 * carriers and sellers, the party id their access is bound to.
 */
public record DisputesUser(String name, String password, Role role, String partyId) {
}
