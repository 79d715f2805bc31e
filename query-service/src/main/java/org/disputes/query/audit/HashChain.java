package org.disputes.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Recomputes a stream's hash chain from its stored bytes, exactly as the database fixed it at write time
 * (command-service migration V5): {@code hash = sha256(previousHash || each field prefixed by its length)}.
 */
public final class HashChain {

    static final byte[] GENESIS = new byte[32];

    private HashChain() {
    }

    public static byte[] link(byte[] previousHash, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash);
        for (byte[] field : List.of(utf8(event.eventIdentifier()), utf8(event.aggregateIdentifier()),
                utf8(Long.toString(event.sequence())), utf8(event.aggregateType()), utf8(event.timestamp()),
                utf8(event.payloadType()), utf8(event.payloadRevision()), orEmpty(event.payload()),
                orEmpty(event.metaData()))) {
            sha256.update(ByteBuffer.allocate(4).putInt(field.length).array());
            sha256.update(field);
        }
        return sha256.digest();
    }

    /** Checks a case's events, in stored sequence order, and says where the chain breaks first. */
    public static Verification verify(List<StoredEvent> events, long versionSeen) {
        byte[] expectedPrevious = GENESIS;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            if (event.sequence() != i) {
                return Verification.brokenAt(i, "event " + i + " is missing: the stored stream goes on at "
                        + event.sequence() + " (deleted, or renumbered)");
            }
            if (!Arrays.equals(event.previousHash(), expectedPrevious)) {
                return Verification.brokenAt(i, "event " + i + " does not follow event " + (i - 1)
                        + ": its previous hash differs (inserted, reordered, or its predecessor rewritten)");
            }
            byte[] recomputed = link(expectedPrevious, event);
            if (!Arrays.equals(event.hash(), recomputed)) {
                return Verification.brokenAt(i, "event " + i + " was altered after it was written: its stored bytes"
                        + " no longer give its hash");
            }
            expectedPrevious = event.hash();
        }
        if (events.size() < versionSeen) {
            return Verification.brokenAt(events.size(), "the stream ends at " + events.size()
                    + " events, but the case was seen at version " + versionSeen + ": its last events were deleted");
        }
        return Verification.intact();
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }

    private static byte[] utf8(String value) {
        return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] orEmpty(byte[] value) {
        return value == null ? new byte[0] : value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The outcome of recomputing a chain: intact, or broken at a sequence and why. */
    public record Verification(boolean valid, Long brokenAtSequence, String detail) {
        static Verification intact() {
            return new Verification(true, null, null);
        }

        static Verification brokenAt(long sequence, String detail) {
            return new Verification(false, sequence, detail);
        }
    }
}
