package org.disputes.query.config;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.disputes.query.cases.CaseProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With {@code disputes.query.rebuild=true}, forgets every view and replays the whole event store through the same
 * projection code that keeps them live. The reset happens in the start-up phase just before the event processors
 * start: resetting a processor that is already starting races with its own segment workers. Run it on one
 * instance: the others hold claims it cannot reset.
 */
@Component
class ViewRebuild implements ConfigurerModule {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuild.class);
    private final QueryProperties properties;

    ViewRebuild(QueryProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configureModule(Configurer configurer) {
        if (!properties.rebuild()) {
            return;
        }
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            StreamingEventProcessor processor = config.eventProcessingConfiguration()
                    .eventProcessor(CaseProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException(
                            "no streaming processor " + CaseProjection.PROCESSING_GROUP));
            log.info("Rebuilding every view from the event store");
            processor.resetTokens();
        }));
    }
}
