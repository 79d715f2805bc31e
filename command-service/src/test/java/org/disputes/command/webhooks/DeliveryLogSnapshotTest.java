package org.disputes.command.webhooks;

import org.disputes.platform.database.ReadSnapshot;
import org.disputes.testsupport.MidwayCommit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator reads a delivery's status and its attempts as of one moment: a worker recording the attempt that
 * delivered it between the two reads shows on neither, never as "pending" beside the attempt that succeeded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryLogSnapshotTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    DeliveryRepository deliveries;
    @Autowired
    SecretBox secrets;
    @Autowired
    TargetGuard guard;
    @Autowired
    WebhookProperties properties;
    @Autowired
    DeliveryWorkers workers;

    @Test
    void anAttemptRecordedBetweenTheReadsShowsOnNeither() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID subscription = UUID.randomUUID();
        // switched off, so that no worker of this service claims its delivery: this test plays the worker
        subscriptions.insert(new Subscription(subscription, "https://203.0.113.7/hooks",
                List.of(WebhookEventType.CASE_DECIDED), "SELLER-9", null, "snapshot", false,
                secrets.seal("whsec_test"), null, null, "ops", now, now));
        deliveries.queue(List.of(subscription), "event-" + subscription, WebhookEventType.CASE_DECIDED,
                UUID.randomUUID(), "{}", now);
        UUID delivery = deliveries.ofSubscription(subscription, null, 10).get(0).id();
        Instant claimedUntil = now.plusSeconds(30);
        jdbc.sql("update command.webhook_delivery set attempts = 1, claimed_until = ? where id = ?")
                .params(Timestamp.from(claimedUntil), delivery).update();

        // the worker records the delivering attempt after the operator's read has fetched the deliveries
        DataSource deliveredMidway = MidwayCommit.afterStatement(2, dataSource, () -> deliveries.record(
                new DueDelivery(delivery, subscription, "{}", 1, now, claimedUntil),
                new Attempt(1, now, 200, 12, null, "ok"), Delivery.Status.DELIVERED, now));
        JdbcClient midway = JdbcClient.create(deliveredMidway);
        WebhookSubscriptions operator = new WebhookSubscriptions(new SubscriptionRepository(midway),
                new DeliveryRepository(midway), secrets, guard, properties, workers, Clock.systemUTC(),
                ReadSnapshot.over(new JdbcTransactionManager(deliveredMidway)));

        WebhookViews.DeliveryView read = operator.deliveries(subscription, null, 200).get(0);
        assertThat(read.status()).isEqualTo("PENDING");
        assertThat(read.log()).isEmpty();

        WebhookViews.DeliveryView after = operator.deliveries(subscription, null, 200).get(0);
        assertThat(after.status()).isEqualTo("DELIVERED");
        assertThat(after.log()).extracting(WebhookViews.AttemptView::statusCode).containsExactly(200);
    }
}
