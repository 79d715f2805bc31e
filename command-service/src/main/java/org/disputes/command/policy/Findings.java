package org.disputes.command.policy;

import java.util.ArrayList;
import java.util.List;

/** Builds the list of facts a rule relied on, from single reasons and optional ones. */
final class Findings {

    private Findings() {
    }

    static List<Reason> of(Object... reasonsOrLists) {
        List<Reason> reasons = new ArrayList<>();
        for (Object part : reasonsOrLists) {
            if (part instanceof List<?> list) {
                list.forEach(reason -> reasons.add((Reason) reason));
            } else {
                reasons.add((Reason) part);
            }
        }
        return reasons;
    }
}
