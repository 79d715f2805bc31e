package org.disputes.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.AppealDecision;
import org.disputes.api.adjudication.DecideEscalatedCase;
import org.disputes.api.fraud.RecordFraudSuspicion;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What people add to a case's adjudication: fraud suspicions, the escalation team's decisions, appeals. Each may
 * carry {@code If-Match} to apply only to the case as the sender last saw it, and answers the new {@code ETag}.
 */
@RestController
@RequestMapping(path = "/api/cases/{caseId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class AdjudicationController {

    private final CommandGateway commands;

    AdjudicationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/fraud-suspicion")
    ResponseEntity<CaseAccepted> recordFraudSuspicion(@PathVariable String caseId,
                                                      @RequestHeader(name = CaseVersions.IF_MATCH, required = false)
                                                      String ifMatch,
                                                      @RequestBody(required = false) FraudSuspicionRequest body) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = RequestReader.caseId(caseId);
        if (body == null || body.regulatorNotified() == null) {
            throw ApiProblem.invalid("regulatorNotified", "is required (true or false)");
        }
        return accepted(id, commands.sendAndWait(new RecordFraudSuspicion(id, body.regulatorNotified(), body.note()),
                expected));
    }

    @PostMapping("/decision")
    ResponseEntity<CaseAccepted> decide(@PathVariable String caseId,
                                        @RequestHeader(name = CaseVersions.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) DecisionRequest body,
                                        @AuthenticationPrincipal DisputesPrincipal person) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = RequestReader.caseId(caseId);
        if (body == null || body.outcome() == null) {
            throw ApiProblem.invalid("outcome", "is required: REFUND or DENY");
        }
        return accepted(id, commands.sendAndWait(new DecideEscalatedCase(id, body.outcome(), body.justification(),
                person.name()), expected));
    }

    @PostMapping("/appeal")
    ResponseEntity<CaseAccepted> appeal(@PathVariable String caseId,
                                        @RequestHeader(name = CaseVersions.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) AppealRequest body) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = RequestReader.caseId(caseId);
        return accepted(id, commands.sendAndWait(new AppealDecision(id, body == null ? null : body.reason()),
                expected));
    }

    private static ResponseEntity<CaseAccepted> accepted(CaseId caseId, long version) {
        return ResponseEntity.accepted().eTag(CaseVersions.etag(version))
                .body(new CaseAccepted(caseId.toString(), version));
    }
}
