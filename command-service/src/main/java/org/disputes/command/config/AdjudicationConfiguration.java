package org.disputes.command.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.saga.AnnotatedSagaManager;
import org.axonframework.modelling.saga.SagaManagerSpanFactory;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.disputes.command.adjudication.AdjudicationSaga;
import org.disputes.command.adjudication.Adjudicator;
import org.disputes.command.adjudication.CaseSegmentSagaManager;
import org.disputes.command.adjudication.DecisionSupport;
import org.disputes.command.adjudication.SingleReadSagaStore;
import org.disputes.command.policy.BurdenOfProofPolicy;
import org.disputes.command.policy.PolicyTerms;
import org.disputes.command.history.JdbcDecisionSupport;
import org.disputes.platform.axon.EventStoreTables;
import org.disputes.platform.axon.LingeringEventSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The adjudication's infrastructure: the policy with this deployment's terms, the history it reads, the saga
 * store, deadlines in PostgreSQL through db-scheduler, and a command gateway that retries a command that lost a
 * race on a case (optimistic concurrency) instead of dropping it.
 */
@Configuration(proxyBeanMethods = false)
class AdjudicationConfiguration {

    @Bean
    PolicyTerms policyTerms(PolicySettings settings) {
        Map<Currency, java.math.BigDecimal> limits = settings.autoRefundLimit().entrySet().stream()
                .collect(Collectors.toMap(e -> Currency.getInstance(e.getKey()), Map.Entry::getValue));
        Map<String, Period> presumptions = settings.jurisdictions().entrySet().stream()
                .filter(e -> e.getValue().nadPresumption() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().nadPresumption()));
        return new PolicyTerms(limits, settings.nadPresumption(), presumptions, settings.zones());
    }

    @Bean
    BurdenOfProofPolicy burdenOfProofPolicy() {
        return new BurdenOfProofPolicy();
    }

    @Bean
    DecisionSupport decisionSupport(JdbcClient jdbc, PolicySettings settings) {
        return new JdbcDecisionSupport(jdbc, settings.repeatClaimantPeriod(), settings.courierPatternPeriod());
    }

    @Bean
    Adjudicator adjudicator(BurdenOfProofPolicy policy, PolicyTerms terms, DecisionSupport support,
                            PolicySettings settings) {
        return new Adjudicator(policy, terms, support, settings.escalationSla(), settings.appealWindow());
    }

    /** Sagas read the events this service appends at once, and others' within the fetch delay. */
    @Bean(destroyMethod = "shutDown")
    EventStore eventStore(EventStorageEngine storageEngine,
                          @Value("${disputes.command.fetch-delay:PT0.025S}") Duration fetchDelay) {
        return EventStoreTables.embeddedStore(storageEngine, fetchDelay);
    }

    /**
     * The events of the saga's processor (application.yml names this source): each segment begins a batch at most
     * once a linger ({@link LingeringEventSource}), where it committed its token for every event or two, mostly
     * events of other segments' cases.
     */
    @Bean
    LingeringEventSource sagaEvents(EventStore eventStore,
                                    @Value("${disputes.command.saga-linger:PT0.1S}") Duration linger) {
        return new LingeringEventSource(eventStore, linger);
    }

    /**
     * The adjudication saga, in its processor (AdjudicationSagaProcessor, application.yml), with a manager that hands
     * each case's events to its case's segment alone ({@link CaseSegmentSagaManager}); the rest as Axon would.
     */
    @Bean
    ConfigurerModule adjudicationSaga() {
        return configurer -> configurer.eventProcessing().registerSaga(AdjudicationSaga.class, saga -> saga
                .configureSagaManager(config -> new CaseSegmentSagaManager<>(AnnotatedSagaManager
                        .<AdjudicationSaga>builder()
                        .sagaType(AdjudicationSaga.class)
                        .sagaRepository(config.eventProcessingConfiguration()
                                .sagaConfiguration(AdjudicationSaga.class).repository())
                        .parameterResolverFactory(config.parameterResolverFactory())
                        .handlerDefinition(config.handlerDefinition(AdjudicationSaga.class))
                        .listenerInvocationErrorHandler(config.eventProcessingConfiguration()
                                .listenerInvocationErrorHandler(ParkingConfiguration.SAGA_GROUP))
                        .spanFactory(config.getComponent(SagaManagerSpanFactory.class)))));
    }

    /** Axon's JDBC saga store, with fewer round trips for the saga's processor ({@link SingleReadSagaStore}). */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connections, Serializer serializer) {
        return new SingleReadSagaStore(connections, serializer);
    }

    /**
     * Axon's db-scheduler tasks (declared by its auto-configuration) run here, polling often enough that a decision
     * falls within a second of its deadline.
     * <p>
     * A deadline picked by an instance that then dies stays picked until its heartbeat is {@code missedHeartbeats}
     * beats old; any instance, this one restarted or another, then finds it (it looks every two beats, and once at
     * start) and runs it again (the tasks' revive-on-dead-execution handling). db-scheduler's defaults, a beat every
     * 5 minutes and 6 missed, leave such a case undecided for half an hour; 5 seconds and 4 missed bring it back
     * within about 30 seconds. A deadline run twice this way is harmless: a decided case ignores {@code DecideCase}.
     */
    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${disputes.command.deadline-polling:PT0.1S}") Duration polling,
                                @Value("${disputes.command.deadline-heartbeat:PT5S}") Duration heartbeat,
                                @Value("${disputes.command.deadline-missed-heartbeats:4}") int missedHeartbeats) {
        // scheduling and cancelling join the transaction of the saga that asks: a saga batch that rolls back
        // takes its deadlines with it, instead of leaving them behind to be scheduled twice on the retry
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName("command.scheduled_tasks")
                .pollingInterval(polling)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(missedHeartbeats)
                .threads(8)
                // one statement picks a poll's due deadlines (PostgreSQL's SKIP LOCKED), where fetching them and then
                // picking each took two statements a deadline, and instances raced to pick the same ones
                .pollUsingLockAndFetch(0.5, 1.0)
                .build();
    }

    /**
     * Axon's deadline task under its name, but a deadline that failed is tried again within seconds (1 s, then
     * doubling up to 5 minutes; {@link DeadlineRetries}), not only every 5 minutes: a case whose decision lost a race
     * with a request on another instance is decided a second later. Dead executions are revived as before.
     */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        Task<DbSchedulerBinaryDeadlineDetails> axons =
                DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
        return new Tasks.OneTimeTaskBuilder<>(axons.getName(), DbSchedulerBinaryDeadlineDetails.class)
                .onFailure(new DeadlineRetries<>(Duration.ofSeconds(1), Duration.ofMinutes(5)))
                .execute(axons::execute);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDeadlines(ApplicationReadyEvent ready) {
        Scheduler scheduler = ready.getApplicationContext().getBean(Scheduler.class);
        if (!scheduler.getSchedulerState().isStarted()) {
            scheduler.start();
        }
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(LostRaceRetries.every(20, 10))
                .build();
    }
}
