package org.disputes.testsupport;

import java.util.ArrayList;
import java.util.List;

/** The concrete members of a sealed family of events, however deeply its sealed interfaces nest. */
public final class SealedFamily {

    private SealedFamily() {
    }

    public static List<Class<?>> members(Class<?> family) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family.getName() + " is not sealed: its members cannot be listed");
        }
        List<Class<?>> members = new ArrayList<>();
        for (Class<?> permitted : family.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                members.addAll(members(permitted));
            } else {
                members.add(permitted);
            }
        }
        return members;
    }
}
