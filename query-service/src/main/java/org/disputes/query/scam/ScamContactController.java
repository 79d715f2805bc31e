package org.disputes.query.scam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.api.scam.ContactNormaliser;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.ScamContactStatus;
import org.disputes.api.scam.UnreadableContact;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Scam contacts: the list, a contact's page, the lookup while a customer is on the line, the STIX export. */
@RestController
@RequestMapping(path = "/api/scam-contacts")
class ScamContactController {

    static final int MAX_SIZE = 200;
    /** What may be exported: anything but a dismissed contact, which is legitimate and never shared. */
    private static final Set<ScamContactStatus> EXPORTABLE =
            EnumSet.of(ScamContactStatus.REPORTED, ScamContactStatus.SUSPECTED, ScamContactStatus.CONFIRMED);

    private final ScamContactRepository contacts;

    ScamContactController(ScamContactRepository contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "Search scam contacts", description = """
            Scam contacts by channel, status or impersonated brand, most reported first, a page at a time (AGENT, \
            ESCALATION, REGULATOR).""")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ScamContactViews.Page list(@RequestParam Optional<ScamChannel> channel,
                               @RequestParam Optional<ScamContactStatus> status,
                               @RequestParam Optional<String> brand,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        if (brand.isPresent() && (brand.get().isBlank() || brand.get().length() > 200)) {
            throw ApiProblem.invalid("brand", "must be 1 to 200 characters");
        }
        return contacts.search(new ScamContactRepository.Filter(channel, status.map(Set::of).orElse(Set.of()),
                brand, Optional.empty()), page, size);
    }

    @Operation(summary = "Read a scam contact", description = """
            A scam contact with its reports and its history in sentences (AGENT, ESCALATION, REGULATOR).""")
    @ApiResponse(responseCode = "200", description = "The scam contact.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: no scam contact has this id.")
    @GetMapping(path = "/{contactId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ScamContactViews.Detail find(@PathVariable String contactId) {
        UUID id;
        try {
            id = UUID.fromString(contactId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("contactId", "must be a UUID");
        }
        return contacts.detail(id).orElseThrow(() -> unknown(contactId));
    }

    /** The contact as known, normalised the way reports are: any spelling of a reported number finds it. */
    @Operation(summary = "Look a contact up", description = """
            The scam contact a number, sender, address or website is, normalised the way reports are, so that any \
            spelling finds it: what an agent checks while a customer is on the line (AGENT, ESCALATION, REGULATOR).""")
    @ApiResponse(responseCode = "200", description = "The contact as known.")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: no `channel`, or a contact that cannot be read "
            + "as its channel's kind.")
    @ApiResponse(responseCode = "404", description = "SCAM_CONTACT_NOT_FOUND: nobody reported this contact.")
    @GetMapping(path = "/lookup", produces = MediaType.APPLICATION_JSON_VALUE)
    ScamContactViews.Summary lookup(@RequestParam(required = false) ScamChannel channel,
                                    @RequestParam(required = false) String contact,
                                    @RequestParam(required = false) String country) {
        if (channel == null) {
            throw ApiProblem.invalid("channel", "is required: one of " + java.util.Arrays.toString(ScamChannel.values()));
        }
        UUID id;
        try {
            id = ContactNormaliser.normalise(channel, contact, country).contactId().value();
        } catch (UnreadableContact e) {
            throw ApiProblem.invalid(e.field(), e.getMessage());
        }
        return contacts.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.SCAM_CONTACT_NOT_FOUND,
                "Nobody reported this " + channel.name().toLowerCase(java.util.Locale.ROOT) + " contact."));
    }

    @Operation(summary = "Export scam contacts as STIX", description = """
            A STIX 2.1 bundle of the contacts of a status (default `CONFIRMED`), optionally changed since an instant, \
            for partners and law enforcement (ESCALATION, REGULATOR): an indicator, a sighting and the impersonated \
            brand per contact, with deterministic ids. No customer data.""")
    @ApiResponse(responseCode = "200", description = "The STIX bundle.", content = @Content(
            mediaType = StixBundle.MEDIA_TYPE, schema = @Schema(type = "object")))
    @GetMapping(path = "/export")
    ResponseEntity<Map<String, Object>> export(@RequestParam Optional<ScamContactStatus> status,
                                               @RequestParam(required = false) String since) {
        ScamContactStatus wanted = status.orElse(ScamContactStatus.CONFIRMED);
        if (!EXPORTABLE.contains(wanted)) {
            throw ApiProblem.invalid("status", "must be one of " + EXPORTABLE + ": a dismissed contact is never exported");
        }
        Optional<Instant> from;
        try {
            from = Optional.ofNullable(since).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("since", "must be an ISO-8601 UTC instant such as 2026-11-22T10:15:30Z");
        }
        List<ScamContactViews.Summary> exported = contacts.all(new ScamContactRepository.Filter(Optional.empty(),
                Set.of(wanted), Optional.empty(), from));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(StixBundle.MEDIA_TYPE))
                .body(StixBundle.of(exported, UUID.randomUUID()));
    }

    private static ApiProblem unknown(String contactId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.SCAM_CONTACT_NOT_FOUND, "No scam contact has id " + contactId + ".");
    }
}
