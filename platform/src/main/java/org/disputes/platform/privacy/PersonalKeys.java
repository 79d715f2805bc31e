package org.disputes.platform.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.disputes.platform.database.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.AEADBadTagException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every customer's own AES key, kept wrapped by the master key in {@code command.customer_key}, one live key per
 * customer. Destroying a customer's row is their erasure: nothing can unwrap their data again. Unwrapped keys are
 * kept in memory for {@link PrivacyProperties#keyCache()} only, and never logged.
 */
public class PersonalKeys {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalKeys.class);
    static final String TABLE = "command.customer_key";

    /** A customer's key and the id envelopes name it by. */
    public record CustomerKey(UUID id, SecretKey key) {
        @Override
        public String toString() {
            return "CustomerKey[" + id + "]";
        }
    }

    private final JdbcClient jdbc;
    private final MasterKey master;
    private final Map<String, MasterKey> previous;
    private final Cache<UUID, Optional<SecretKey>> byId;
    private final Cache<String, CustomerKey> bySubject;

    PersonalKeys(JdbcClient jdbc, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.master = MasterKey.current(properties);
        this.previous = properties.previousMasterKeys().stream()
                .map(encoded -> MasterKey.decode(encoded, "A previous master key"))
                .collect(Collectors.toMap(MasterKey::id, Function.identity(), (a, b) -> a));
        this.byId = Caffeine.newBuilder().expireAfterWrite(properties.keyCache()).maximumSize(10_000).build();
        this.bySubject = Caffeine.newBuilder().expireAfterWrite(properties.keyCache()).maximumSize(10_000).build();
    }

    /**
     * The customer's key, made on first use in the caller's transaction, so that a key and the first event sealed
     * with it are committed, or rolled back, together. It is remembered only once that transaction has committed:
     * a key remembered from a transaction that rolled back would seal later events under a key that never existed.
     */
    public CustomerKey keyFor(String customerId) {
        CustomerKey cached = bySubject.getIfPresent(customerId);
        if (cached != null) {
            return cached;
        }
        CustomerKey key = liveOrMade(customerId);
        AfterCommit.run(() -> bySubject.put(customerId, key));
        return key;
    }

    /**
     * The customer's live key, or a new one if they have none: one round trip either way, where reading first and
     * then inserting took two for every new customer. The statement's read sees the table as it stood when the
     * statement began, not the row its own insert adds, so it answers one row: the new key, or the one that was
     * there. A writer making the same customer's key at the same time holds its row until it commits (the insert
     * then does nothing and the read, older than that commit, finds nothing: the key is read again) or rolls back
     * (this one is then inserted). The new key is made and wrapped before the statement knows whether it is needed:
     * microseconds, against the round trip it saves.
     */
    private CustomerKey liveOrMade(String customerId) {
        UUID id = UUID.randomUUID();
        SecretKey key = generate();
        Optional<CustomerKey> found = jdbc.sql("with made as (insert into " + TABLE
                        + " (key_id, customer_id, wrapped_key, master_key_id) values (?, ?, ?, ?)"
                        + " on conflict (customer_id) do nothing returning key_id)"
                        + " select key_id, null::bytea as wrapped_key, null as master_key_id from made"
                        + " union all select key_id, wrapped_key, master_key_id from " + TABLE + " where customer_id = ?")
                .params(id, customerId, wrap(id, key), master.id(), customerId)
                .query((rs, n) -> id.equals(rs.getObject("key_id", UUID.class)) ? new CustomerKey(id, key) : stored(rs))
                .optional();
        return found.or(() -> live(customerId)).orElseThrow();
    }

    private Optional<CustomerKey> live(String customerId) {
        return jdbc.sql("select key_id, wrapped_key, master_key_id from " + TABLE + " where customer_id = ?")
                .param(customerId)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /** A key row as stored, unwrapped. */
    private CustomerKey stored(ResultSet row) throws SQLException {
        UUID keyId = row.getObject("key_id", UUID.class);
        return new CustomerKey(keyId, unwrap(keyId, row.getBytes("wrapped_key"), row.getString("master_key_id")));
    }

    /** The key an envelope names; empty once it has been destroyed. */
    public Optional<SecretKey> find(UUID keyId) {
        return byId.get(keyId, id -> jdbc.sql("select wrapped_key, master_key_id from " + TABLE + " where key_id = ?")
                .param(id)
                .query((rs, n) -> unwrap(id, rs.getBytes("wrapped_key"), rs.getString("master_key_id")))
                .optional());
    }

    /** Whether the customer has a live key, that is personal data that could be read. */
    public Optional<UUID> liveKeyOf(String customerId) {
        return jdbc.sql("select key_id from " + TABLE + " where customer_id = ? for update")
                .param(customerId).query(UUID.class).optional();
    }

    /**
     * Destroys the customer's key in the caller's transaction; forgets it here once that transaction commits (other
     * processes forget it within {@link PrivacyProperties#keyCache()}).
     */
    public boolean destroy(String customerId) {
        List<UUID> destroyed = jdbc.sql("delete from " + TABLE + " where customer_id = ? returning key_id")
                .param(customerId).query(UUID.class).list();
        Runnable forget = () -> forget(customerId, destroyed);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
        forget.run();
        return !destroyed.isEmpty();
    }

    /** Forgets a customer's keys at once, such as when this process learns of their erasure. */
    public void forget(String customerId, List<UUID> keyIds) {
        bySubject.invalidate(customerId);
        byId.invalidateAll(keyIds);
    }

    /** Forgets every key of a customer known here (their ids unknown to the caller). */
    public void forget(String customerId) {
        bySubject.invalidate(customerId);
        byId.invalidateAll();
    }

    /**
     * Wraps again, by the current master key, every customer key a previous master key wrapped: the rotation of
     * docs/PRIVACY.md. Events are untouched: they name customer keys, which do not change.
     */
    public int rewrapUnderCurrentMasterKey() {
        int rewrapped = 0;
        for (MasterKey old : previous.values()) {
            if (old.id().equals(master.id())) {
                continue;
            }
            List<UUID> ids = jdbc.sql("select key_id from " + TABLE + " where master_key_id = ?")
                    .param(old.id()).query(UUID.class).list();
            for (UUID id : ids) {
                rewrapped += jdbc.sql("select wrapped_key from " + TABLE + " where key_id = ? and master_key_id = ?")
                        .params(id, old.id()).query((rs, n) -> rs.getBytes(1)).optional()
                        .map(wrapped -> jdbc.sql("update " + TABLE + " set wrapped_key = ?, master_key_id = ?"
                                        + " where key_id = ? and master_key_id = ?")
                                .params(wrap(id, unwrapWith(old, id, wrapped)), master.id(), id, old.id())
                                .update())
                        .orElse(0);
            }
        }
        if (rewrapped > 0) {
            LOG.info("Wrapped {} customer keys again under master key {}", rewrapped, master.id());
        }
        return rewrapped;
    }

    private SecretKey unwrap(UUID keyId, byte[] wrapped, String masterKeyId) {
        MasterKey by = master.id().equals(masterKeyId) ? master : previous.get(masterKeyId);
        if (by == null) {
            throw new IllegalStateException("Customer key " + keyId + " is wrapped by master key " + masterKeyId
                    + ", which is not configured (disputes.privacy.previous-master-keys, docs/PRIVACY.md)");
        }
        return unwrapWith(by, keyId, wrapped);
    }

    private static SecretKey unwrapWith(MasterKey by, UUID keyId, byte[] wrapped) {
        try {
            return new SecretKeySpec(Aead.open(by.key(), wrapped, context(keyId)), "AES");
        } catch (AEADBadTagException notThisKey) {
            throw new IllegalStateException("Customer key " + keyId + " does not open with master key " + by.id());
        }
    }

    private byte[] wrap(UUID keyId, SecretKey key) {
        return Aead.seal(master.key(), key.getEncoded(), context(keyId));
    }

    /** A wrapped key is bound to its id: swapping two rows' keys makes both unreadable rather than confused. */
    private static byte[] context(UUID keyId) {
        return keyId.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A new 256-bit AES key. */
    static SecretKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
