package org.disputes.command.escalation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.AppealDecision;
import org.disputes.api.adjudication.DecideEscalatedCase;
import org.disputes.command.web.CaseAccepted;
import org.disputes.command.web.CasePath;
import org.disputes.command.web.CaseVersions;
import org.disputes.command.web.RequestShape;
import org.disputes.platform.security.DisputesPrincipal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;

/**
 * What people decide on an escalated case: the escalation team's decision, and the customer's appeal of a denial
 * that returns the case to the team. Each may carry {@code If-Match} and answers the new {@code ETag}.
 */
@RestController
@RequestMapping(path = "/api/cases/{caseId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
class EscalationController {

    private final CommandGateway commands;
    private final RequestShape shape;

    EscalationController(CommandGateway commands, RequestShape shape) {
        this.commands = commands;
        this.shape = shape;
    }

    @Operation(summary = "Decide an escalated case", description = """
            The escalation team decides a case the policy escalated, or an appealed one (ESCALATION): `REFUND` or \
            `DENY`, with a justification. Repeating the refund decided changes nothing. With `If-Match` it applies \
            only to the case at that version.""")
    @ApiResponse(responseCode = "202", description = "The decision is recorded; the case's id and version.",
            headers = @Header(name = "ETag", description = "The case's version now, for a later If-Match",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @ApiResponse(responseCode = "409", description = "CASE_NOT_ESCALATED: the case is not waiting for a person's "
            + "decision. VERSION_CONFLICT: the case changed while the command ran; read it and retry.")
    @PostMapping("/decision")
    ResponseEntity<CaseAccepted> decide(@PathVariable String caseId,
                                        @RequestHeader(name = CaseVersions.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) DecisionRequest body,
                                        @AuthenticationPrincipal DisputesPrincipal person) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = CasePath.caseId(caseId);
        DecisionRequest decision = shape.check(Objects.requireNonNullElse(body, DecisionRequest.NONE));
        return CaseAccepted.accepted(id, commands.sendAndWait(new DecideEscalatedCase(id, decision.outcome(),
                decision.justification(), person.name()), expected));
    }

    @Operation(summary = "Appeal a denial", description = """
            The customer appeals a denied case, with a reason (AGENT): the case returns to the escalation team. Only a \
            `DENIED` case, within the appeal window (POLICY.md §6, 30 days by default). With `If-Match` it applies \
            only to the case at that version.""")
    @ApiResponse(responseCode = "202", description = "The appeal is recorded; the case's id and version.",
            headers = @Header(name = "ETag", description = "The case's version now, for a later If-Match",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @ApiResponse(responseCode = "409", description = "CASE_NOT_DENIED: only a denied case is appealed. "
            + "APPEAL_WINDOW_CLOSED: the appeal window has passed. VERSION_CONFLICT: the case changed while the command "
            + "ran; read it and retry.")
    @PostMapping("/appeal")
    ResponseEntity<CaseAccepted> appeal(@PathVariable String caseId,
                                        @RequestHeader(name = CaseVersions.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) AppealRequest body) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = CasePath.caseId(caseId);
        AppealRequest appeal = shape.check(Objects.requireNonNullElse(body, AppealRequest.NONE));
        return CaseAccepted.accepted(id, commands.sendAndWait(new AppealDecision(id, appeal.reason()), expected));
    }
}
