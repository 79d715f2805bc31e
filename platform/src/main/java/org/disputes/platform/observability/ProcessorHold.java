package org.disputes.platform.observability;

import java.util.Optional;

/**
 * Something that keeps a service's event processors from serving current views, such as the query service's
 * rebuild: while it holds, the service is not ready.
 */
@FunctionalInterface
public interface ProcessorHold {

    /** Why the processors are held back, in a few words for the health details; empty when they are not. */
    Optional<String> reason();
}
