package org.disputes.platform.deadletter;

import java.time.Instant;

/**
 * A sequence of dead letters as operators see it: the event that failed first and how many wait behind it.
 *
 * @param group      the processing group
 * @param sequenceId what the group's events are ordered by: the case (or scam contact) id
 * @param eventType  the first event's type, without its package
 * @param eventId    the first event's id
 * @param parkedAt   when the first event was parked
 * @param letters    how many events of the sequence wait, the first included
 * @param cause      why the first event failed, in a sentence that quotes nothing of the event
 */
public record ParkedSequence(String group, String sequenceId, String eventType, String eventId, Instant parkedAt,
                             long letters, String cause) {
}
