package org.disputes.platform.privacy;

/** Thrown at start-up when no usable master key is configured: personal data could be neither stored nor read. */
public final class NoMasterKeyConfigured extends RuntimeException {

    public NoMasterKeyConfigured(String why) {
        super(why);
    }
}
