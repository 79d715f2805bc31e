package org.disputes.api.scam;

import java.util.Objects;

/**
 * A contact in the one form all its spellings share: a phone number in E.164, an SMS sender id in upper case, an
 * e-mail address in lower case with an ASCII domain, a website as its registrable domain.
 */
public record NormalisedContact(ScamChannel channel, String value) {

    public NormalisedContact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(value, "value");
    }

    public ScamContactId contactId() {
        return ScamContactId.of(this);
    }
}
