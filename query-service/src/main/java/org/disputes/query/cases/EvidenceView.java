package org.disputes.query.cases;

import java.time.Instant;
import java.util.Map;

/** One evidence item as a case view shows it; {@code weight} is what the policy counted it for, once weighed. */
public record EvidenceView(
        String evidenceId,
        String party,
        String type,
        Instant capturedAt,
        Instant submittedAt,
        String sha256,
        String uri,
        String description,
        Map<String, Object> attributes,
        String weight) {

    EvidenceView weighing(String newWeight) {
        return new EvidenceView(evidenceId, party, type, capturedAt, submittedAt, sha256, uri, description, attributes,
                newWeight);
    }
}
