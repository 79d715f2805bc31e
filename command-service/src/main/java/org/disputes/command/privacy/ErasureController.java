package org.disputes.command.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.command.cases.CaseCache;
import org.disputes.api.CaseId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.privacy.EraseCustomer;
import org.disputes.api.privacy.PersonalData;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.platform.privacy.PersonalKeys;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's erasure (API.md, "Personal data erasure"): their key destroyed, the erasure on record. Answers 202
 * whether it erased now or had already (then {@code alreadyErased}, and nothing changes); 404 for a customer of
 * whom nothing is held and who was never erased.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ErasureController {

    static final int MAX_CUSTOMER_ID = 64;
    static final int MAX_REFERENCE = 100;
    static final int MAX_BASIS = 500;

    private final CommandGateway commands;
    private final PersonalKeys keys;
    private final EventStore events;
    private final JdbcClient jdbc;
    private final CaseCache cachedCases;

    ErasureController(CommandGateway commands, PersonalKeys keys, EventStore events, JdbcClient jdbc,
                      CaseCache cachedCases) {
        this.commands = commands;
        this.keys = keys;
        this.events = events;
        this.jdbc = jdbc;
        this.cachedCases = cachedCases;
    }

    /** What an erasure request was answered. */
    record ErasureAccepted(String customerId, String reference, int eventsConcerned, boolean alreadyErased) {
    }

    @Operation(summary = "Erase a customer's personal data", description = """
            Carries out a customer's erasure request (PRIVACY; GDPR art. 17, docs/PRIVACY.md): the customer's key is \
            destroyed for good, so their statements, descriptions, appeal reasons, notes and evidence locations read \
            `[erased]` everywhere from now on, while amounts, rules, outcomes and the audit chain stay. The erasure is \
            recorded with who asked, the request's reference and basis; a `customer.erased` webhook lists the \
            evidence locations to delete. Erasing again changes nothing and says so (`alreadyErased`).""")
    @ApiResponse(responseCode = "202", description = "Erased now, or already erased before (`alreadyErased`).")
    @ApiResponse(responseCode = "404", description = "CUSTOMER_NOT_FOUND: nothing is held of this customer, who "
            + "was never erased.")
    @PostMapping(path = "/customers/{customerId}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ErasureAccepted> erase(@PathVariable String customerId,
                                          @RequestBody(required = false) ErasureRequest body,
                                          @AuthenticationPrincipal DisputesPrincipal person) {
        ErasureRequest request = valid(customerId, body);
        if (keys.liveKeyOf(customerId).isEmpty()) {
            if (events.lastSequenceNumberFor(customerId).isPresent()) {
                return ResponseEntity.accepted().body(new ErasureAccepted(customerId, request.reference(), 0, true));
            }
            throw nothingHeld();
        }
        List<CaseId> cases = jdbc.sql("select case_id from command.case_history where customer_id = ? order by filed_at")
                .param(customerId).query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list();
        int concerned = eventsOf(cases) + scamReportsOf(customerId);
        List<String> evidence = evidenceLocations(cases);
        boolean erased;
        try {
            erased = commands.sendAndWait(new EraseCustomer(customerId, request.reference(), request.basis(),
                    person.name(), cases, concerned, evidence));
        } catch (DataSubject.NothingToErase nothing) {
            throw nothingHeld();
        }
        // this instance holds none of their cases as read before; others forget them with the customer's key
        cachedCases.forget(cases);
        return ResponseEntity.accepted().body(new ErasureAccepted(customerId, request.reference(),
                erased ? concerned : 0, !erased));
    }

    private int eventsOf(List<CaseId> cases) {
        if (cases.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from command.domain_event_entry where aggregate_identifier = any(?)")
                .param(cases.stream().map(CaseId::toString).toArray(String[]::new))
                .query(Integer.class).single();
    }

    /** Their scam reports: the customer's id is stored in clear in each, the description sealed. */
    private int scamReportsOf(String customerId) {
        return jdbc.sql("""
                        select count(*) from command.domain_event_entry
                        where payload_type = ? and convert_from(payload, 'UTF8')::jsonb ->> 'customerId' = ?""")
                .params(ScamContactReported.class.getName(), customerId)
                .query(Integer.class).single();
    }

    /** Read now, while the key still opens them: afterwards nobody could tell the evidence store what to delete. */
    private List<String> evidenceLocations(List<CaseId> cases) {
        List<String> locations = new ArrayList<>();
        for (CaseId caseId : cases) {
            events.readEvents(caseId.toString()).asStream()
                    .map(message -> message.getPayload())
                    .filter(EvidenceSubmitted.class::isInstance).map(EvidenceSubmitted.class::cast)
                    .map(EvidenceSubmitted::uri)
                    .filter(uri -> uri != null && !PersonalData.ERASED_URI.equals(uri.toString()))
                    .map(Object::toString)
                    .forEach(locations::add);
        }
        return locations;
    }

    private static ErasureRequest valid(String customerId, ErasureRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (customerId.isBlank() || customerId.length() > MAX_CUSTOMER_ID
                || customerId.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("customerId", "must be a customer id of 1 to " + MAX_CUSTOMER_ID
                    + " characters"));
        }
        String reference = body == null ? null : body.reference();
        String basis = body == null ? null : body.basis();
        text("reference", reference, MAX_REFERENCE, problems);
        text("basis", basis, MAX_BASIS, problems);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return new ErasureRequest(reference.strip(), basis.strip());
    }

    private static void text(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must have at most " + max + " characters"));
        }
    }

    private static ApiProblem nothingHeld() {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.CUSTOMER_NOT_FOUND,
                "No personal data is held for this customer, and they were never erased.");
    }
}
