package org.disputes.command.web;

import org.disputes.api.CaseId;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The answer to an accepted case command: which case, and its version now (also its {@code ETag}). */
public record CaseAccepted(String caseId, long version) {

    /** A new case: 201 with its address. */
    public static ResponseEntity<CaseAccepted> created(CaseId caseId, long version) {
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).eTag(CaseVersions.etag(version))
                .body(new CaseAccepted(caseId.toString(), version));
    }

    /** A command on an existing case: 202. */
    public static ResponseEntity<CaseAccepted> accepted(CaseId caseId, long version) {
        return ResponseEntity.accepted().eTag(CaseVersions.etag(version))
                .body(new CaseAccepted(caseId.toString(), version));
    }
}
