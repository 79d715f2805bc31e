package org.disputes.command.policy;

import org.disputes.api.evidence.EvidenceType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One side's evidence and the points it adds up to, counting at most one item per type, the strongest (the first
 * of equals): corroboration must come from independent kinds of proof (POLICY.md §2).
 */
public record ProofTally(ProofSide side, List<WeighedEvidence> items, List<WeighedEvidence> counted, int points) {

    /** The seller's proof is sufficient at this many points. */
    public static final int SUFFICIENT = 4;
    /** The customer's evidence weighs (a material rebuttal, proof of a defect) at this many points: MODERATE. */
    public static final int MATERIAL = 2;

    public ProofTally {
        items = List.copyOf(items);
        counted = List.copyOf(counted);
    }

    public static ProofTally of(ProofSide side, List<WeighedEvidence> weighed) {
        List<WeighedEvidence> items = weighed.stream().filter(item -> item.side() == side).toList();
        Map<EvidenceType, WeighedEvidence> strongest = new LinkedHashMap<>();
        for (WeighedEvidence item : items) {
            if (item.weight() != Weight.NONE) {
                strongest.merge(item.type(), item, (kept, next) -> next.weight().isHeavierThan(kept.weight()) ? next : kept);
            }
        }
        List<WeighedEvidence> counted = items.stream().filter(item -> strongest.get(item.type()) == item).toList();
        return new ProofTally(side, items, counted, counted.stream().mapToInt(WeighedEvidence::points).sum());
    }

    public boolean reaches(int bar) {
        return points >= bar;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public boolean counts(WeighedEvidence item) {
        return counted.contains(item);
    }

    /** The item of the same type that counts instead of this one, if any. */
    public Optional<WeighedEvidence> countedInsteadOf(WeighedEvidence item) {
        return counted.stream().filter(other -> other.type() == item.type() && other != item).findFirst();
    }
}
