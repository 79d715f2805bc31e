package org.disputes.command.scam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.platform.problem.ProblemCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.disputes.api.scam.ConfirmScamContact;
import org.disputes.api.scam.DismissScamContact;
import org.disputes.api.scam.LinkScamReport;
import org.disputes.api.scam.RecordScamTakedown;
import org.disputes.api.scam.ReferScamContact;
import org.disputes.api.scam.ReportScamContact;
import org.disputes.api.scam.RequestScamTakedown;
import org.disputes.api.scam.ScamContactId;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * Scam reports (agents) and what the escalation team does with a contact: confirm, dismiss, takedown requested and
 * done, referral to law enforcement. A report naming a case is also put on that case's record.
 */
@RestController
@RequestMapping(path = "/api", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
class ScamContactController {


    private final CommandGateway commands;
    private final CaseJurisdictions jurisdictions;

    ScamContactController(CommandGateway commands, CaseJurisdictions jurisdictions) {
        this.commands = commands;
        this.jurisdictions = jurisdictions;
    }

    @Operation(summary = "Report a scam contact", description = """
            An agent reports the phone number, SMS sender, e-mail address or website that impersonated a brand to a \
            customer (AGENT). The contact is normalised first (E.164, lower case, registrable domain), so that every \
            spelling of one contact is one scam contact; a report naming a case is put on that case's record too.""")
    @ApiResponse(responseCode = "201", description = "The report is recorded: its id and its scam contact's id.",
            headers = @Header(name = "Location", description = "The scam contact's address on the query service",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: also a contact that cannot be read as its "
            + "channel's kind, or a national number without `country` (and no case to take it from).")
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: the `caseId` named is no case.")
    @PostMapping("/scam-reports")
    ResponseEntity<ScamRequests.ReportAccepted> report(@RequestBody(required = false) ScamRequests.Report body) {
        ReportScamContact report = ScamReportReader.report(body, jurisdictions::of);
        UUID reportId = commands.sendAndWait(report);
        if (report.caseId() != null) {
            // the case's own record tells it too (its view's scamReports, its timeline)
            commands.sendAndWait(new LinkScamReport(report.caseId(), reportId, report.contactId(),
                    report.contact().channel(), report.contact().value(), report.impersonatedBrand()));
        }
        return ResponseEntity.created(URI.create("/api/scam-contacts/" + report.contactId()))
                .body(new ScamRequests.ReportAccepted(reportId.toString(), report.contactId().toString()));
    }

    @Operation(summary = "Confirm a scam contact", description = """
            The escalation team confirms that the contact is a scam (ESCALATION), with a justification: it is then \
            part of the export shared with partners.""")
    @ApiResponse(responseCode = "202", description = "Recorded; the scam contact's id.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @ApiResponse(responseCode = "409", description = "SCAM_CONTACT_ALREADY_CONFIRMED: it is confirmed already.")
    @PostMapping("/scam-contacts/{contactId}/confirm")
    ResponseEntity<ScamRequests.ContactAccepted> confirm(@PathVariable String contactId,
                                                         @RequestBody(required = false) ScamRequests.Justification body,
                                                         @AuthenticationPrincipal DisputesPrincipal person) {
        ScamContactId id = contactId(contactId);
        return send(id, new ConfirmScamContact(id, ScamReportReader.justification(body), person.name()));
    }

    @Operation(summary = "Dismiss a scam contact", description = """
            The escalation team dismisses the contact as legitimate (ESCALATION), for example the brand's real support \
            line: later reports are still counted, but it is never exported.""")
    @ApiResponse(responseCode = "202", description = "Recorded; the scam contact's id.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @ApiResponse(responseCode = "409", description = "SCAM_CONTACT_ALREADY_DISMISSED: it is dismissed already.")
    @PostMapping("/scam-contacts/{contactId}/dismiss")
    ResponseEntity<ScamRequests.ContactAccepted> dismiss(@PathVariable String contactId,
                                                         @RequestBody(required = false) ScamRequests.Justification body,
                                                         @AuthenticationPrincipal DisputesPrincipal person) {
        ScamContactId id = contactId(contactId);
        return send(id, new DismissScamContact(id, ScamReportReader.justification(body), person.name()));
    }

    @Operation(summary = "Record a takedown request", description = """
            Records that a takedown was asked of whoever can act (ESCALATION): the operator, registrar, host or brand \
            (`addressee`), with their reference.""")
    @ApiResponse(responseCode = "202", description = "Recorded; the scam contact's id.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @ApiResponse(responseCode = "409", description = "SCAM_CONTACT_NOT_CONFIRMED: only a confirmed contact is taken down.")
    @PostMapping("/scam-contacts/{contactId}/takedown-requested")
    ResponseEntity<ScamRequests.ContactAccepted> takedownRequested(@PathVariable String contactId,
                                                                   @RequestBody(required = false)
                                                                   ScamRequests.Takedown body) {
        ScamContactId id = contactId(contactId);
        ScamRequests.Takedown takedown = body == null ? new ScamRequests.Takedown(null, null) : body;
        ScamReportReader.nameAndReference("addressee", takedown.addressee(), takedown.reference());
        return send(id, new RequestScamTakedown(id, takedown.addressee().strip(), strip(takedown.reference())));
    }

    @Operation(summary = "Record a takedown", description = """
            Records when the contact was taken down (ESCALATION), an ISO-8601 UTC instant.""")
    @ApiResponse(responseCode = "202", description = "Recorded; the scam contact's id.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @ApiResponse(responseCode = "409", description = "SCAM_CONTACT_NOT_CONFIRMED: only a confirmed contact is taken down.")
    @PostMapping("/scam-contacts/{contactId}/taken-down")
    ResponseEntity<ScamRequests.ContactAccepted> takenDown(@PathVariable String contactId,
                                                           @RequestBody(required = false) ScamRequests.TakenDown body) {
        ScamContactId id = contactId(contactId);
        if (body == null || body.at() == null) {
            throw ApiProblem.invalid("at", "is required: an ISO-8601 UTC instant such as 2026-11-22T10:15:30Z");
        }
        return send(id, new RecordScamTakedown(id, body.at()));
    }

    @Operation(summary = "Record a referral to law enforcement", description = """
            Records that the contact was referred to a law-enforcement agency (ESCALATION), with its reference.""")
    @ApiResponse(responseCode = "202", description = "Recorded; the scam contact's id.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @ApiResponse(responseCode = "409", description = "SCAM_CONTACT_NOT_CONFIRMED: only a confirmed contact is referred.")
    @PostMapping("/scam-contacts/{contactId}/referred")
    ResponseEntity<ScamRequests.ContactAccepted> referred(@PathVariable String contactId,
                                                          @RequestBody(required = false) ScamRequests.Referral body) {
        ScamContactId id = contactId(contactId);
        ScamRequests.Referral referral = body == null ? new ScamRequests.Referral(null, null) : body;
        ScamReportReader.nameAndReference("agency", referral.agency(), referral.reference());
        return send(id, new ReferScamContact(id, referral.agency().strip(), strip(referral.reference())));
    }

    private ResponseEntity<ScamRequests.ContactAccepted> send(ScamContactId id, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.SCAM_CONTACT_NOT_FOUND, "No scam contact has id " + id + ".");
        }
        return ResponseEntity.accepted().body(new ScamRequests.ContactAccepted(id.toString()));
    }

    private static ScamContactId contactId(String value) {
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return new ScamContactId(uuid);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiProblem.invalid("contactId", "must be a UUID");
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
