package org.disputes.query.cases;

import java.time.Instant;

/** One step of a case's history, told in a sentence, with who took it. */
public record TimelineEntry(Instant at, String actor, String role, String type, String summary) {
}
