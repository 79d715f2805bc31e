package org.disputes.command.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.command.cases.CaseParties;
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
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Puts evidence on a case's record, from whichever party may add it ({@link EvidenceAccess}). It may carry
 * {@code If-Match} to apply only to the case as the sender last saw it, and answers the new {@code ETag}.
 */
@RestController
class EvidenceController {

    private final CommandGateway commands;
    private final RequestShape shape;
    private final EvidenceAccess access;
    private final Supplier<UUID> ids;

    EvidenceController(CommandGateway commands, RequestShape shape, CaseParties parties) {
        this.commands = commands;
        this.shape = shape;
        this.access = new EvidenceAccess(parties);
        this.ids = UUID::randomUUID;
    }

    @Operation(summary = "Submit evidence on a case", description = """
            Puts a piece of evidence on the case's record: its type and party (POLICY.md §2), when it was captured, \
            the SHA-256 of the file and where it is kept. An agent adds it for any party; a carrier or seller only as \
            itself and only on a case that names it. Sending the same `evidenceId` with the same content again answers \
            again and records nothing. With `If-Match` it applies only to the case at that version.""")
    @ApiResponse(responseCode = "202", description = "The evidence is recorded; the case's id, the evidence's id and the "
            + "case's version.",
            headers = @Header(name = "ETag", description = "The case's version now, for a later If-Match",
                    schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: not allowed to add evidence, or a carrier or seller "
            + "submitting as another party or on a case that does not name it.")
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @ApiResponse(responseCode = "409", description = "CASE_CLOSED: the case is closed and takes no evidence. "
            + "DUPLICATE_EVIDENCE: this `evidenceId` was recorded with other content. VERSION_CONFLICT: the case changed "
            + "while the command ran; read it and retry.")
    @PostMapping(path = "/api/cases/{caseId}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvidenceAccepted> submitEvidence(@PathVariable String caseId,
                                                    @RequestHeader(name = CaseVersions.IF_MATCH, required = false)
                                                    String ifMatch,
                                                    @RequestBody(required = false) EvidenceRequest body,
                                                    @AuthenticationPrincipal DisputesPrincipal user) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        CaseId id = CasePath.caseId(caseId);
        SubmitEvidence command = shape.check(body).command(id, ids);
        access.check(user, command.caseId(), command.party());
        long version = commands.sendAndWait(command, expected);
        return ResponseEntity.accepted().eTag(CaseVersions.etag(version))
                .body(new EvidenceAccepted(command.caseId().toString(), command.evidenceId().toString(), version));
    }
}
