package org.disputes.command.adjudication;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's saga cancels its own deadlines, never another case's: ending one case's adjudication leaves every other
 * case's response window running (db-scheduler, the real deadline manager).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the web tests' context, shared
class DeadlinesStayWithTheirCaseTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now();

    @Test
    void closingOneCaseLeavesTheOtherCasesWindowRunning() {
        CaseId closed = claim();
        CaseId running = claim();
        await(() -> sagaOf(closed) != null && sagaOf(running) != null, "both adjudications started");
        String closedSaga = sagaOf(closed);
        String runningSaga = sagaOf(running);
        await(() -> deadlinesOf(closedSaga) >= 1 && deadlinesOf(runningSaga) >= 1, "both windows scheduled");

        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", closed.toString(), 2,
                new CaseClosed(closed, "withdrawn", now)));
        await(() -> sagaOf(closed) == null, "the closed case's adjudication ended");

        assertThat(deadlinesOf(closedSaga)).isZero();
        assertThat(deadlinesOf(runningSaga)).as("the other case's window still runs").isPositive();
    }

    private CaseId claim() {
        CaseId id = CaseId.random();
        Purchase purchase = new Purchase("IT-" + UUID.randomUUID(), "CUST-" + UUID.randomUUID(), "SELLER-7",
                "CARRIER-7", null, new Jurisdiction("FR"), Money.of("100.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "100.00")));
        eventStore.publish(new GenericDomainEventMessage<>("DisputeCase", id.toString(), 0,
                new DeliveryClaimFiled(id, purchase, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                        now.minusSeconds(3600), "Never came.", now, now.plus(Duration.ofDays(3)))));
        return id;
    }

    /** The saga adjudicating the case, while it runs. */
    private String sagaOf(CaseId caseId) {
        return jdbc.sql("select distinct saga_id from command.association_value_entry where association_value = ?")
                .param(caseId.toString()).query(String.class).optional().orElse(null);
    }

    /** Deadlines scheduled for a saga (each names its saga's scope). */
    private long deadlinesOf(String saga) {
        return jdbc.sql("""
                        select count(*) from command.scheduled_tasks
                        where position(convert_to(?, 'UTF8') in task_data) > 0""")
                .param(saga).query(Long.class).single();
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
