package org.disputes.console.cases;

import org.disputes.console.security.Person;

import java.util.Map;

/** Which actions the case page offers this person now (CONSOLE.md: "and only those"); the services check again. */
public record CaseActions(boolean addEvidence, boolean fraudSuspicion, boolean appeal, boolean decide,
                          boolean history) {

    public static CaseActions of(Person me, Map<String, Object> view) {
        String status = String.valueOf(view.get("status"));
        boolean closed = "CLOSED".equals(status);
        boolean undecided = "OPEN".equals(status) || "ESCALATED".equals(status) || "APPEALED".equals(status);
        return new CaseActions(
                !closed && me.is("AGENT", "SELLER", "CARRIER"),
                undecided && me.is("AGENT"),
                "DENIED".equals(status) && me.is("AGENT"),
                ("ESCALATED".equals(status) || "APPEALED".equals(status)) && me.is("ESCALATION"),
                me.is("REGULATOR"));
    }

    public boolean any() {
        return addEvidence || fraudSuspicion || appeal || decide;
    }
}
