package org.disputes.api.scam;

/** A contact that cannot be read as its channel says, naming the request field at fault and why. */
public class UnreadableContact extends IllegalArgumentException {

    private final String field;

    public UnreadableContact(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
