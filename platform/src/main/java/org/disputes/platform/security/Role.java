package org.disputes.platform.security;

/** The roles of API.md's access table. */
public enum Role {
    AGENT, ESCALATION, REGULATOR, CARRIER, SELLER, OPERATOR, PRIVACY
}
