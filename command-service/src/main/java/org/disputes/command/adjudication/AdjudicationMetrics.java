package org.disputes.command.adjudication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.refund.RefundIssued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The adjudication's figures: decisions by outcome and rule ({@code disputes.decisions}), refunds by currency
 * ({@code disputes.refunds}, their amounts summed), and, read from the tables when sampled, the deadlines pending
 * and overdue ({@code disputes.deadlines.pending}, {@code disputes.deadlines.overdue}) and the live sagas
 * ({@code disputes.sagas}). Counted in the transaction that records the events (the case history's subscribing
 * processor), once it commits; each instance counts what it decided.
 */
@Component
@ProcessingGroup("case-history")
class AdjudicationMetrics {

    /** A deadline still waiting this long after it fell was not fired: its executor died or is far behind. */
    static final String OVERDUE_AFTER = "1 minute";

    private final MeterRegistry registry;

    AdjudicationMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        Gauge.builder("disputes.deadlines.pending", () -> count(jdbc,
                        "select count(*) from command.scheduled_tasks"))
                .description("deadlines scheduled and not yet fired").register(registry);
        Gauge.builder("disputes.deadlines.overdue", () -> count(jdbc,
                        "select count(*) from command.scheduled_tasks where execution_time < now() - interval '"
                                + OVERDUE_AFTER + "'"))
                .description("deadlines that fell over a minute ago and have not fired").register(registry);
        Gauge.builder("disputes.sagas", () -> count(jdbc,
                        "select count(*) from command.saga_entry where saga_type = '"
                                + AdjudicationSaga.class.getName() + "'"))
                .tag("type", AdjudicationSaga.class.getSimpleName())
                .description("sagas under way").register(registry);
    }

    private static double count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @EventHandler
    void on(CaseDecided event) {
        if (event.rules().isEmpty()) {
            decided(event.outcome(), "none");
        }
        for (String rule : event.rules()) {
            decided(event.outcome(), rule);
        }
    }

    @EventHandler
    void on(EscalatedCaseDecided event) {
        decided(event.outcome(), "person");
    }

    @EventHandler
    void on(RefundIssued event) {
        DistributionSummary refunds = DistributionSummary.builder("disputes.refunds")
                .tag("currency", event.total().currency().getCurrencyCode())
                .description("refunds issued, with their amounts").register(registry);
        double amount = event.total().value().doubleValue();
        afterCommit(() -> refunds.record(amount));
    }

    private void decided(DecisionOutcome outcome, String rule) {
        Counter decisions = Counter.builder("disputes.decisions").tag("outcome", outcome.name()).tag("rule", rule)
                .description("decisions, by outcome and by each rule that fired (a person's: rule=person)")
                .register(registry);
        afterCommit(decisions::increment);
    }

    private static void afterCommit(Runnable count) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> count.run());
        } else {
            count.run();
        }
    }
}
