package org.disputes.command.policy;

import org.disputes.api.CaseKind;

import java.time.Instant;
import java.util.List;

/**
 * The rules of one kind of case in the order they are tried (the first verdict decides), and the id and reason
 * for a case whose window is still open.
 */
public record Rulebook(CaseKind kind, String waitingRule, ReasonCode waiting, List<Rule> rules) {

    public Rulebook {
        rules = List.copyOf(rules);
    }

    public static Rulebook forKind(CaseKind kind) {
        return switch (kind) {
            case ITEM_NOT_RECEIVED -> ItemNotReceivedRules.RULEBOOK;
            case UNAUTHORIZED_TRANSACTION -> UnauthorizedTransactionRules.RULEBOOK;
            case NOT_AS_DESCRIBED -> NotAsDescribedRules.RULEBOOK;
        };
    }

    /** Why nothing is decided yet: the window closes at {@code closesAt}. */
    public Reason waitingReason(Instant closesAt) {
        return Reason.of(waiting, "closesAt", closesAt);
    }
}
