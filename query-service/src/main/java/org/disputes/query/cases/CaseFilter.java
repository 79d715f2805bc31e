package org.disputes.query.cases;

import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;

import java.util.Optional;

/** What the case list may be narrowed by; every part optional. */
public record CaseFilter(Optional<CaseStatus> status, Optional<CaseKind> kind, Optional<String> jurisdiction,
                         Optional<String> customerId, Optional<String> courierId) {
}
