package org.disputes.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.springboot.EventProcessorProperties;
import org.disputes.platform.observability.ProcessorHold;
import org.disputes.query.config.QueryProperties;
import org.disputes.query.projection.Projections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * With {@code disputes.query.rebuild=true}, empties the tables of every {@link org.disputes.query.projection.Projection}
 * and projects the whole event store again through the same projections that keep them live, before the event
 * processors start; the processor then goes
 * on from where the rebuild stopped. Run it on one instance: the others hold claims it cannot take over.
 */
@Component
class ViewRebuild implements ConfigurerModule, ProcessorHold {

    static final String REBUILDING = "Rebuilding every view from the event store";
    private static final Logger log = LoggerFactory.getLogger(ViewRebuild.class);
    private static final String PROCESSOR = Projections.PROCESSING_GROUP;

    private final QueryProperties properties;
    private final ObjectProvider<ViewReplay> replay;
    private final ObjectProvider<EventProcessorProperties> processors;
    private final ObjectProvider<DeferredIndexes> indexes;
    private final ObjectProvider<Projections> projections;
    private final ObjectProvider<JdbcClient> jdbc;
    /** While true the views are being refilled: the service is not ready (the processors' health says so). */
    private volatile boolean rebuilding;

    ViewRebuild(QueryProperties properties, ObjectProvider<ViewReplay> replay,
                ObjectProvider<EventProcessorProperties> processors, ObjectProvider<DeferredIndexes> indexes,
                ObjectProvider<Projections> projections, ObjectProvider<JdbcClient> jdbc) {
        this.projections = projections;
        this.jdbc = jdbc;
        this.properties = properties;
        this.replay = replay;
        this.processors = processors;
        this.indexes = indexes;
    }

    @Override
    public void configureModule(Configurer configurer) {
        // before the processors start: resetting one that is already starting races with its segment workers
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            if (properties.rebuild()) {
                rebuilding = true;
                try {
                    rebuild(config);
                } finally {
                    rebuilding = false;
                }
            } else {
                buildIndexesLeftUnbuilt();
            }
        }));
    }

    @Override
    public Optional<String> reason() {
        return rebuilding ? Optional.of("rebuilding the views") : Optional.empty();
    }

    /** A rebuild cut short left the view table without some of its indexes: they are built before anything reads. */
    private void buildIndexesLeftUnbuilt() {
        int built = indexes.getObject().build();
        if (built > 0) {
            log.info("Built {} of the views' indexes, which a rebuild cut short had left unbuilt", built);
        }
    }

    private void rebuild(Configuration config) {
        StreamingEventProcessor processor = config.eventProcessingConfiguration()
                .eventProcessor(PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + PROCESSOR));
        log.info(REBUILDING);
        long started = System.nanoTime();
        // empties every projection's tables (the processor's reset handler) and sends the processor back to the
        // first event: should the replay below be cut short, the processor redoes the rebuild on the next start
        processor.resetTokens();
        indexes.getObject().defer(projections.getObject().tables(), projections.getObject().loadedTables());
        ViewReplay.Replayed replayed;
        try {
            replayed = replay.getObject().replayAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild was interrupted; the processor will finish it", e);
        }
        if (replayed.position() != null) {
            continueFrom(replayed.position(), config.eventProcessingConfiguration().tokenStore(PROCESSOR),
                    config.getComponent(TransactionManager.class));
        }
        indexes.getObject().build();
        analyze(projections.getObject().tables());
        log.info("Rebuilt every view from {} events in {} ms", replayed.events(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * Fresh statistics for the refilled tables (PostgreSQL's manual, "Populating a Database": run ANALYZE
     * afterwards). Those from before the rebuild describe emptied tables, and the plans made from them scan a whole
     * table where an index finds a few rows, until autovacuum comes by, or never where it is switched off.
     */
    private void analyze(List<String> tables) {
        jdbc.getObject().sql("analyze " + String.join(", ", tables)).update();
    }

    /** Every segment of the processor goes on after the last event the rebuild projected. */
    private void continueFrom(TrackingToken position, TokenStore tokens, TransactionManager transactions) {
        transactions.executeInTransaction(() -> {
            int[] segments = tokens.fetchSegments(PROCESSOR);
            if (segments.length == 0) {
                tokens.initializeTokenSegments(PROCESSOR, initialSegmentCount(), position);
            }
            for (int segment : segments) {
                tokens.fetchToken(PROCESSOR, segment); // claims it; another instance's claim fails the rebuild here
                tokens.storeToken(position, PROCESSOR, segment);
                tokens.releaseClaim(PROCESSOR, segment);
            }
        });
    }

    private int initialSegmentCount() {
        EventProcessorProperties.ProcessorSettings settings = processors.getObject().getProcessors().get(PROCESSOR);
        return settings == null || settings.getInitialSegmentCount() == null ? 1 : settings.getInitialSegmentCount();
    }
}
