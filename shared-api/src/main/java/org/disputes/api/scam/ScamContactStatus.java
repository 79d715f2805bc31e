package org.disputes.api.scam;

/**
 * Where a scam contact stands: reported, suspected by rule {@code SCAM-1} (3 or more distinct customers within 30
 * days), then confirmed or dismissed by a person.
 */
public enum ScamContactStatus {
    REPORTED, SUSPECTED, CONFIRMED, DISMISSED
}
