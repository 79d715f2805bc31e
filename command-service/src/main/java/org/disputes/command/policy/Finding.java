package org.disputes.command.policy;

import java.util.List;
import java.util.Optional;

/**
 * What one rule found: a verdict when its condition holds, and the facts it relied on, as reasons a customer or a
 * regulator can read. Facts are kept from every rule that finds a verdict, even when an earlier rule decides.
 */
public record Finding(Optional<Verdict> verdict, List<Reason> reasons) {

    private static final Finding NOTHING = new Finding(Optional.empty(), List.of());

    public Finding {
        reasons = List.copyOf(reasons);
    }

    public static Finding nothing() {
        return NOTHING;
    }

    public static Finding of(Verdict verdict, List<Reason> reasons) {
        return new Finding(Optional.of(verdict), reasons);
    }

    public static Finding of(Verdict verdict, Reason... reasons) {
        return of(verdict, List.of(reasons));
    }

    public boolean decides() {
        return verdict.isPresent();
    }
}
