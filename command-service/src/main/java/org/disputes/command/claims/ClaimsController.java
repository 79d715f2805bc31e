package org.disputes.command.claims;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.disputes.api.CaseId;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.command.web.CaseAccepted;
import org.disputes.command.web.RequestShape;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.function.Supplier;

/** Files delivery claims and opens customer disputes: each opens a case, answered with its address and version. */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class ClaimsController {

    private final CommandGateway commands;
    private final RequestShape shape;
    private final Supplier<UUID> ids;

    ClaimsController(CommandGateway commands, RequestShape shape) {
        this.commands = commands;
        this.shape = shape;
        this.ids = UUID::randomUUID;
    }

    @Operation(summary = "File a delivery claim", description = """
            A customer says a parcel never arrived: opens a case of kind `ITEM_NOT_RECEIVED` (AGENT). The client may \
            choose the case id (`caseId`); the tenders must add up to `amount`; `claimedAmount` (default `amount`) is \
            what a refund returns, split over the tenders. The policy takes the case from there: the query service's \
            view of the case says what it asks for or decided.""")
    @ApiResponse(responseCode = "201", description = "The case is opened: its id and version.", headers = {
            @Header(name = "Location", description = "The case's address on the query service",
                    schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = "ETag", description = "The case's version now, for a later If-Match",
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: also what the case's rules refuse: tenders "
            + "that do not add up to `amount`, a jurisdiction not configured, a `claimedAmount` over `amount`.")
    @ApiResponse(responseCode = "409", description = "CASE_ALREADY_EXISTS: the `caseId` chosen names a case already.")
    @PostMapping("/delivery-claims")
    ResponseEntity<CaseAccepted> fileDeliveryClaim(@RequestBody(required = false) DeliveryClaimRequest body) {
        FileDeliveryClaim command = shape.check(body).command(ids);
        return CaseAccepted.created(command.caseId(), commands.sendAndWait(command));
    }

    @Operation(summary = "Open a customer dispute", description = """
            A customer disputes a payment (`UNAUTHORIZED_TRANSACTION`) or an item (`NOT_AS_DESCRIBED`, with \
            `deliveredAt`): opens a case of that kind (AGENT). Same parties, amount, tenders and jurisdiction as a \
            delivery claim, plus `reason` and `transactionAt`.""")
    @ApiResponse(responseCode = "201", description = "The case is opened: its id and version.", headers = {
            @Header(name = "Location", description = "The case's address on the query service",
                    schema = @Schema(type = "string", format = "uri-reference")),
            @Header(name = "ETag", description = "The case's version now, for a later If-Match",
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: also what the case's rules refuse: tenders "
            + "that do not add up to `amount`, a jurisdiction not configured, a `NOT_AS_DESCRIBED` without `deliveredAt`.")
    @ApiResponse(responseCode = "409", description = "CASE_ALREADY_EXISTS: the `caseId` chosen names a case already.")
    @PostMapping("/disputes")
    ResponseEntity<CaseAccepted> openDispute(@RequestBody(required = false) DisputeRequest body) {
        OpenCustomerDispute command = shape.check(body).command(ids);
        return CaseAccepted.created(command.caseId(), commands.sendAndWait(command));
    }
}
