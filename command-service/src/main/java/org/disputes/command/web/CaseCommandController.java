package org.disputes.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.disputes.api.CaseId;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.command.cases.CaseParties;
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

import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Files claims and disputes and puts evidence on their record. Each accepted command answers the case's new
 * version, in the body and as the {@code ETag}; evidence may be sent with {@code If-Match} to apply only to the
 * case as the sender last saw it.
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class CaseCommandController {

    private final CommandGateway commands;
    private final EvidenceAccess evidenceAccess;
    private final Supplier<UUID> ids;

    CaseCommandController(CommandGateway commands, CaseParties parties) {
        this.commands = commands;
        this.evidenceAccess = new EvidenceAccess(parties);
        this.ids = UUID::randomUUID;
    }

    @PostMapping("/delivery-claims")
    ResponseEntity<CaseAccepted> fileDeliveryClaim(@RequestBody(required = false) DeliveryClaimRequest body) {
        FileDeliveryClaim command = RequestReader.deliveryClaim(body, ids);
        return created(command.caseId(), commands.sendAndWait(command));
    }

    @PostMapping("/disputes")
    ResponseEntity<CaseAccepted> openDispute(@RequestBody(required = false) DisputeRequest body) {
        OpenCustomerDispute command = RequestReader.dispute(body, ids);
        return created(command.caseId(), commands.sendAndWait(command));
    }

    @PostMapping("/cases/{caseId}/evidence")
    ResponseEntity<EvidenceAccepted> submitEvidence(@PathVariable String caseId,
                                                    @RequestHeader(name = CaseVersions.IF_MATCH, required = false)
                                                    String ifMatch,
                                                    @RequestBody(required = false) EvidenceRequest body,
                                                    @AuthenticationPrincipal DisputesPrincipal user) {
        MetaData expected = CaseVersions.expectedVersion(ifMatch);
        SubmitEvidence command = RequestReader.evidence(RequestReader.caseId(caseId), body, ids);
        evidenceAccess.check(user, command.caseId(), command.party());
        long version = commands.sendAndWait(command, expected);
        return ResponseEntity.accepted().eTag(CaseVersions.etag(version))
                .body(new EvidenceAccepted(command.caseId().toString(), command.evidenceId().toString(), version));
    }

    private static ResponseEntity<CaseAccepted> created(CaseId caseId, long version) {
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).eTag(CaseVersions.etag(version))
                .body(new CaseAccepted(caseId.toString(), version));
    }
}
