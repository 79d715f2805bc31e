package org.disputes.command.cases;

import java.util.List;
import java.util.stream.Collectors;

/** A command breaks one or more rules of a case; nothing was recorded. All the broken rules are named, not just the first. */
public class CaseRuleViolation extends RuntimeException {

    private final transient List<Violation> violations;

    public CaseRuleViolation(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")),
                null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
