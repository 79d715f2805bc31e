package org.disputes.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param fetchDelay     how long the event store reader waits before polling again when it has caught up; events
 *                       come from another process, so this bounds how stale a view can be
 * @param rebuild        forget every view and replay the whole event store at start-up
 * @param minVersionWait how long {@code minVersion} waits for a view before answering 503
 * @param fetchBatch     how many events one read of the event store fetches; a rebuild reads the whole store
 * @param rebuildProgress how often a rebuild logs how far it has come (events done of the total, rate, time left)
 */
@ConfigurationProperties("disputes.query")
public record QueryProperties(@DefaultValue("PT0.025S") Duration fetchDelay,
                              @DefaultValue("false") boolean rebuild,
                              @DefaultValue("PT5S") Duration minVersionWait,
                              @DefaultValue("1000") int fetchBatch,
                              @DefaultValue("PT5S") Duration rebuildProgress) {
}
