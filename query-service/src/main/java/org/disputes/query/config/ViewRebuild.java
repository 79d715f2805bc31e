package org.disputes.query.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.disputes.query.cases.CaseProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code disputes.query.rebuild=true}, forgets every view and replays the whole event store through the same
 * projection code that keeps them live. Run it on one instance: the others hold claims it cannot reset.
 */
@Component
class ViewRebuild {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuild.class);
    private final EventProcessingConfiguration processing;
    private final QueryProperties properties;

    ViewRebuild(EventProcessingConfiguration processing, QueryProperties properties) {
        this.processing = processing;
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuildIfAsked() {
        if (!properties.rebuild()) {
            return;
        }
        StreamingEventProcessor processor = processing
                .eventProcessor(CaseProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + CaseProjection.PROCESSING_GROUP));
        log.info("Rebuilding every view from the event store");
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
