package org.disputes.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * A scam contact's events for the regulator, as a case's are: who did what, when, under which chain links. Every
 * report, the rule that made it suspect, each person's confirmation, dismissal, takedown and referral.
 */
@RestController
class ScamContactAuditController {

    /** The aggregate type the command side stores a scam contact's events under. */
    static final String SCAM_CONTACT_AGGREGATE = "ScamContact";

    private final EventArchive archive;
    private final AuditReader reader;

    ScamContactAuditController(EventArchive archive, AuditReader reader) {
        this.archive = archive;
        this.reader = reader;
    }

    /** One event of a scam contact: {@code contactId} where a case's event has {@code caseId}. */
    record ContactEvent(String contactId, long sequence, long globalPosition, String type, String occurredAt,
                        Object payload, AuditedEvent.Attribution metadata, String hash, String previousHash) {

        static ContactEvent of(AuditedEvent event) {
            return new ContactEvent(event.caseId(), event.sequence(), event.globalPosition(), event.type(),
                    event.occurredAt(), event.payload(), event.metadata(), event.hash(), event.previousHash());
        }
    }

    @Operation(operationId = "auditScamContactEvents", summary = "A scam contact's events, for audit", description = """
            Every event of the scam contact in order (REGULATOR): each report, the rule that made it suspect, each \
            person's confirmation, dismissal, takedown and referral, with who caused it and its chain links.""")
    @ApiResponse(responseCode = "200", description = "The contact's events, in order.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @GetMapping(path = "/api/audit/scam-contacts/{contactId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ContactEvent> events(@PathVariable String contactId) {
        try {
            UUID.fromString(contactId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("contactId", "must be a UUID");
        }
        List<StoredEvent> history = archive.eventsOf(contactId);
        if (history.isEmpty() || !SCAM_CONTACT_AGGREGATE.equals(history.get(0).aggregateType())) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.SCAM_CONTACT_NOT_FOUND,
                    "No scam contact has id " + contactId + ".");
        }
        return history.stream().map(reader::read).map(ContactEvent::of).toList();
    }
}
