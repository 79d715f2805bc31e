package org.disputes.query.cases;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows streamed to PostgreSQL's {@code COPY ... from stdin with (format binary)} through one small buffer. Values go
 * as the server stores them, so it parses no text (a timestamp's text is dear to parse) and this side formats none;
 * no page's rows are ever held whole in memory. One use: {@link #end()} or, on failure, {@link #cancelAfter}.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL's timestamps count microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;
    private static final int BUFFER = 64 * 1024;

    private final CopyIn copy;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER); // big-endian, as COPY's binary format is

    BinaryCopy(PGConnection connection, String copyFromStdinBinary) throws SQLException {
        this.copy = connection.getCopyAPI().copyIn(copyFromStdinBinary);
        buffer.put(SIGNATURE).putInt(0).putInt(0); // no flags, no header extension
    }

    /** Starts a row of {@code fields} values. */
    BinaryCopy row(int fields) throws SQLException {
        room(Short.BYTES);
        buffer.putShort((short) fields);
        return this;
    }

    BinaryCopy uuid(UUID value) throws SQLException {
        room(Integer.BYTES + 16);
        buffer.putInt(16).putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
        return this;
    }

    BinaryCopy bigint(long value) throws SQLException {
        room(Integer.BYTES + Long.BYTES);
        buffer.putInt(Long.BYTES).putLong(value);
        return this;
    }

    /**
     * An instant or a NULL, rounded to the microsecond as PostgreSQL rounds an instant's text, so both ways store the
     * same value.
     */
    BinaryCopy timestamptz(Instant value) throws SQLException {
        if (value == null) {
            return nothing();
        }
        // the server reads a text's fraction with strtod and rounds it with rint: the same double arithmetic here
        long micros = (long) Math.rint(value.getNano() / 1e9 * 1_000_000);
        room(Integer.BYTES + Long.BYTES);
        buffer.putInt(Long.BYTES).putLong((value.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000 + micros);
        return this;
    }

    /** A text or a NULL; a lone surrogate becomes '?' as the driver's own encoding makes it. */
    BinaryCopy text(String value) throws SQLException {
        if (value == null) {
            return nothing();
        }
        return field(value.getBytes(StandardCharsets.UTF_8));
    }

    private BinaryCopy nothing() throws SQLException {
        room(Integer.BYTES);
        buffer.putInt(-1); // NULL
        return this;
    }

    private BinaryCopy field(byte[] bytes) throws SQLException {
        room(Integer.BYTES);
        buffer.putInt(bytes.length);
        if (bytes.length > buffer.remaining()) {
            flush();
            if (bytes.length > buffer.capacity()) {
                copy.writeToCopy(bytes, 0, bytes.length);
                return this;
            }
        }
        buffer.put(bytes);
        return this;
    }

    /** Sends what is left and ends the copy: the rows copied. A constraint broken by any row fails here. */
    long end() throws SQLException {
        room(Short.BYTES);
        buffer.putShort((short) -1);
        flush();
        return copy.endCopy();
    }

    /** Abandons the copy after {@code failure}, so the connection can be used (and its transaction rolled back). */
    void cancelAfter(Exception failure) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private void room(int bytes) throws SQLException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (buffer.position() > 0) {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }
}
