package org.disputes.command.policy;

/** What one evidence item is worth (POLICY.md §2). */
public enum Weight {
    STRONG(4), MODERATE(2), WEAK(1), NONE(0);

    private final int points;

    Weight(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public boolean isHeavierThan(Weight other) {
        return points > other.points;
    }
}
