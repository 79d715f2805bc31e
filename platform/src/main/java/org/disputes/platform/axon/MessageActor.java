package org.disputes.platform.axon;

/** Metadata keys naming who caused a message: a user name or {@code policy}, and the role they acted in. */
public final class MessageActor {
    public static final String ACTOR = "actor";
    public static final String ROLE = "role";

    private MessageActor() {
    }
}
