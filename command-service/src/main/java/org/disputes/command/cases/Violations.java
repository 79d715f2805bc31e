package org.disputes.command.cases;

import org.disputes.api.Flaw;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a command before refusing it, so the client can fix them all at once. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    Violations require(boolean rule, String field, String message) {
        if (!rule) {
            found.add(new Violation(field, message));
        }
        return this;
    }

    /** The flaws a value of the shared language reports of itself, as broken rules of this command. */
    Violations add(List<Flaw> flaws) {
        flaws.forEach(flaw -> found.add(new Violation(flaw.field(), flaw.message())));
        return this;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CaseRuleViolation(found);
        }
    }
}
