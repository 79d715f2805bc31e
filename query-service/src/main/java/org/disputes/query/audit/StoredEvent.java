package org.disputes.query.audit;

/** One row of the event store exactly as stored: the bytes the hash chain was fixed over. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequence,
                          String aggregateType, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData, byte[] previousHash, byte[] hash) {
}
