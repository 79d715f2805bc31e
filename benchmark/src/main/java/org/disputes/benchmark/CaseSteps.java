package org.disputes.benchmark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Which command fills the open loop's next slot: the next step of the case whose previous step answered first, or,
 * when no case is ready, a new case's claim. A case's steps thus go in order, each after the one before answered,
 * while the slots alone set the pace. A step that failed ends its case. Used from the sender and the answers' threads.
 */
final class CaseSteps {

    /** A case's step {@code index}, ready since {@code readyAt} ({@link Long#MIN_VALUE} for a claim: always). */
    record Step(long caseNumber, UUID caseId, int index, long readyAt) {

        boolean last() {
            return index == DeskScript.STEPS - 1;
        }
    }

    private final Deque<Step> ready = new ArrayDeque<>();
    private long cases;

    /** The step for the slot now due. */
    synchronized Step next() {
        Step step = ready.pollFirst();
        return step != null ? step : new Step(cases++, UUID.randomUUID(), 0, Long.MIN_VALUE);
    }

    /** {@code step} was accepted at {@code answeredAt}: its case's next step is ready, unless it was the last. */
    synchronized void answered(Step step, long answeredAt) {
        if (!step.last()) {
            ready.addLast(new Step(step.caseNumber(), step.caseId(), step.index() + 1, answeredAt));
        }
    }

    synchronized int waiting() {
        return ready.size();
    }
}
