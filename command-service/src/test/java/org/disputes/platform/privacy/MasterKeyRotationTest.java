package org.disputes.platform.privacy;

import org.disputes.testsupport.Poll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/PRIVACY.md's rotation, on the real key table: a new master key with the old one as previous opens what the
 * old one sealed, wraps every customer key again under itself without touching what was sealed, after which the old
 * master key can go; and an erased customer's data reads "[erased]" under any master key.
 */
@SpringBootTest(classes = org.disputes.command.CommandServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class MasterKeyRotationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewMasterKeyWrapsEveryCustomerKeyAgainAndTheSealedTextStillOpens() {
        String oldKey = randomKey();
        String newKey = randomKey();
        String customer = "ROT-" + UUID.randomUUID();
        PersonalKeys before = keys(oldKey, List.of());
        PersonalDataCipher oldCipher = new PersonalDataCipher(before);
        String sealed = oldCipher.seal(before.keyFor(customer), "a statement to keep");
        String wrappedBefore = wrapped(customer);

        PersonalKeys rotating = keys(newKey, List.of(oldKey));
        assertThat(new PersonalDataCipher(rotating).open(sealed)).isEqualTo("a statement to keep");
        assertThat(rotating.rewrapUnderCurrentMasterKey()).isGreaterThanOrEqualTo(1);
        assertThat(wrapped(customer)).isNotEqualTo(wrappedBefore);
        assertThat(rotating.rewrapUnderCurrentMasterKey()).as("a second pass has nothing left to do").isZero();

        // the old master key is gone: the new one alone opens the same sealed text, which never changed
        assertThat(new PersonalDataCipher(keys(newKey, List.of())).open(sealed)).isEqualTo("a statement to keep");
        assertThatThrownBy(() -> new PersonalDataCipher(keys(oldKey, List.of())).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is wrapped by master key")
                .hasMessageNotContaining("a statement to keep");

        rotating.destroy(customer);
        assertThat(new PersonalDataCipher(keys(newKey, List.of(oldKey))).open(sealed)).isEqualTo("[erased]");
    }

    @Test
    void sealedTextNamesNeitherTheCustomerNorTheText() {
        PersonalKeys keys = keys(randomKey(), List.of());
        String customer = "SEAL-" + UUID.randomUUID();
        String sealed = new PersonalDataCipher(keys).seal(keys.keyFor(customer), "Jane Doe, 3 rue X");
        assertThat(sealed).startsWith("enc:v1:").doesNotContain(customer).doesNotContain("Jane");
        assertThat(new PersonalDataCipher(keys).seal(keys.keyFor(customer), "Jane Doe, 3 rue X"))
                .as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aKeyMadeInATransactionThatRolledBackIsNeitherKeptNorRemembered() {
        PersonalKeys keys = new PersonalKeys(jdbc, new PrivacyProperties(randomKey(), null, List.of(),
                Duration.ofMinutes(5)));
        String customer = "ROLLBACK-" + UUID.randomUUID();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        UUID madeThenRolledBack = transaction.execute(status -> {
            UUID id = keys.keyFor(customer).id();
            status.setRollbackOnly();
            return id;
        });
        assertThat(jdbc.sql("select count(*) from command.customer_key where customer_id = ?").param(customer)
                .query(Integer.class).single()).isZero();
        UUID kept = transaction.execute(status -> keys.keyFor(customer).id());
        assertThat(kept).isNotEqualTo(madeThenRolledBack);
        assertThat(keys.keyFor(customer).id()).isEqualTo(kept);
        assertThat(keys.find(kept)).isPresent();
    }

    @Test
    void twoInstancesMakingOneCustomersKeyAtOnceBothUseTheOneThatWasCommitted() throws Exception {
        String master = randomKey();
        PersonalKeys first = keys(master, List.of());
        PersonalKeys second = keys(master, List.of());
        String customer = "RACE-" + UUID.randomUUID();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch made = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<PersonalKeys.CustomerKey> firstKey = writers.submit(
                    () -> transaction.execute(status -> {
                        PersonalKeys.CustomerKey key = first.keyFor(customer);
                        made.countDown();
                        await(commit);
                        return key;
                    }));
            await(made);
            // the second writer finds no committed key: its insert waits for the first one's row
            Future<PersonalKeys.CustomerKey> secondKey = writers.submit(
                    () -> transaction.execute(status -> second.keyFor(customer)));
            Poll.until(() -> jdbc.sql("select count(*) from pg_stat_activity"
                            + " where datname = current_database() and wait_event_type = 'Lock'"
                            + " and query like '%insert into command.customer_key%'")
                    .query(Integer.class).single(), waiting -> waiting == 1, Duration.ofSeconds(30));
            commit.countDown();

            UUID committed = firstKey.get(30, TimeUnit.SECONDS).id();
            assertThat(secondKey.get(30, TimeUnit.SECONDS).id()).isEqualTo(committed);
            String sealed = new PersonalDataCipher(second).seal(second.keyFor(customer), "one key per customer");
            assertThat(new PersonalDataCipher(first).open(sealed)).isEqualTo("one key per customer");
        } finally {
            commit.countDown();
            writers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private PersonalKeys keys(String master, List<String> previous) {
        return new PersonalKeys(jdbc, new PrivacyProperties(master, null, previous, Duration.ZERO));
    }

    private String wrapped(String customer) {
        return jdbc.sql("select encode(wrapped_key, 'hex') || master_key_id from command.customer_key where customer_id = ?")
                .param(customer).query(String.class).single();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
