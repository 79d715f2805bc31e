package org.disputes.command.fraud;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.fraud.RecordFraudSuspicion;
import org.disputes.command.web.CaseAccepted;
import org.disputes.command.web.CasePath;
import org.disputes.command.web.CaseVersions;
import org.disputes.command.web.RequestShape;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Objects;

/**
 * Records an agent's suspicion of fraud on a case, and whether the regulator was told. It may carry
 * {@code If-Match} and answers the new {@code ETag}.
 */
@RestController
class FraudSuspicionController {

    private final CommandGateway commands;
    private final RequestShape shape;

    FraudSuspicionController(CommandGateway commands, RequestShape shape) {
        this.commands = commands;
        this.shape = shape;
    }

    @Operation(summary = "Record a suspicion of fraud", description = """
            An agent records that a case looks fraudulent, with a note, and whether the regulator was notified \
            (AGENT). The policy weighs it at its next decision. With `If-Match` it applies only to the case at that \
            version.""")
    @ApiResponse(responseCode = "202", description = "The suspicion is recorded; the case's id and version.",
            headers = @Header(name = "ETag", description = "The case's version now, for a later If-Match",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @ApiResponse(responseCode = "409", description = "CASE_CLOSED: the case is closed. VERSION_CONFLICT: the case "
            + "changed while the command ran; read it and retry.")
    @PostMapping(path = "/api/cases/{caseId}/fraud-suspicion", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseAccepted> recordFraudSuspicion(@PathVariable String caseId,
                                                      @RequestHeader(name = CaseVersions.IF_MATCH, required = false)
                                                      String ifMatch,
                                                      @RequestBody(required = false) FraudSuspicionRequest body) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = CasePath.caseId(caseId);
        FraudSuspicionRequest suspicion = shape.check(Objects.requireNonNullElse(body, FraudSuspicionRequest.NONE));
        return CaseAccepted.accepted(id, commands.sendAndWait(
                new RecordFraudSuspicion(id, suspicion.regulatorNotified(), suspicion.note()), expected));
    }
}
