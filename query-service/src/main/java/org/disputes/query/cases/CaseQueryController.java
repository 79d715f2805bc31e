package org.disputes.query.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Jurisdiction;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.security.DisputesPrincipal;
import org.disputes.query.config.QueryProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Case views, the case list and timelines. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseQueryController {

    private final CaseViewRepository views;
    private final CaseViewUpdates updates;
    private final QueryProperties properties;

    CaseQueryController(CaseViewRepository views, CaseViewUpdates updates, QueryProperties properties) {
        this.views = views;
        this.updates = updates;
        this.properties = properties;
    }

    /**
     * With {@code minVersion}, waits (up to 5 s) for the view to reflect that version: read-your-writes. A seller or
     * a carrier reads the party view of a case naming it; any other case is, for it, a case nobody filed (404, or
     * with {@code minVersion} the same wait and 503).
     */
    @Operation(summary = "Read a case", description = """
            The case's view: parties, amounts, evidence, the policy's decision and its reasons, signals, refund, \
            escalation, and its `version` (AGENT, ESCALATION, REGULATOR; a carrier or seller only a case naming it, in \
            the party view without signals, the customer's other cases, or other parties' evidence links). With \
            `minVersion` it waits up to 5 s for the view to reach that version: read-your-writes after a command.""")
    @ApiResponse(responseCode = "200", description = "The case's view (the party view for a carrier or seller).",
            content = @Content(mediaType = "application/json", schema = @Schema(anyOf = {CaseView.class,
                    PartyCaseView.class})))
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id (nor, for a carrier or "
            + "seller, any case naming it).")
    @ApiResponse(responseCode = "503", description = "SERVICE_UNAVAILABLE: the view has not reached `minVersion` "
            + "within the wait; retry after `Retry-After` seconds.", headers = @Header(name = "Retry-After",
            description = "Seconds to wait before asking again", schema = @Schema(type = "integer")))
    @GetMapping("/{caseId}")
    ResponseEntity<?> find(@PathVariable String caseId, @RequestParam(required = false) Long minVersion,
                           @AuthenticationPrincipal DisputesPrincipal user) {
        UUID id = caseId(caseId);
        Optional<CaseParty> party = PartyReader.of(user);
        Supplier<Optional<CaseView>> visible = () -> views.find(id)
                .filter(view -> party.map(reader -> reader.isNamedBy(view)).orElse(true));
        Function<CaseView, Object> shown = view -> party.<Object>map(reader -> PartyCaseView.of(view, reader))
                .orElse(view);
        if (minVersion == null) {
            return ResponseEntity.ok(shown.apply(visible.get().orElseThrow(() -> unknownCase(id))));
        }
        if (minVersion < 0) {
            throw ApiProblem.invalid("minVersion", "must be zero or more");
        }
        Optional<CaseView> view = updates.awaitUntil(id, visible, v -> v.version() >= minVersion,
                properties.minVersionWait());
        if (view.isPresent()) {
            return ResponseEntity.ok(shown.apply(view.get()));
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(notYet(id, minVersion));
    }

    @Operation(summary = "Search cases", description = """
            Cases by status, kind, jurisdiction, customer or courier, newest first, a page at a time (AGENT, \
            ESCALATION, REGULATOR).""")
    @GetMapping
    PageView<CaseSummary> list(@RequestParam Optional<CaseStatus> status, @RequestParam Optional<CaseKind> kind,
                               @RequestParam Optional<String> jurisdiction, @RequestParam Optional<String> customerId,
                               @RequestParam Optional<String> courierId,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        PageView.check(page, size);
        if (jurisdiction.isPresent() && !Jurisdiction.isWellFormed(jurisdiction.get())) {
            throw ApiProblem.invalid("jurisdiction", "must be an ISO 3166-1 alpha-2 code such as FR");
        }
        CaseViewRepository.Page found = views.search(
                new CaseFilter(status, kind, jurisdiction, customerId, courierId), page, size);
        return PageView.of(found, CaseSummary::of, page, size);
    }

    @Operation(summary = "A case's timeline", description = """
            What happened to the case, in order: when, who (and in which role), what, each as a sentence a person can \
            read (AGENT, ESCALATION, REGULATOR).""")
    @ApiResponse(responseCode = "200", description = "The timeline, oldest first.")
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @GetMapping("/{caseId}/timeline")
    List<TimelineEntry> timeline(@PathVariable String caseId) {
        UUID id = caseId(caseId);
        List<TimelineEntry> entries = views.timeline(id);
        if (entries.isEmpty()) {
            throw unknownCase(id);
        }
        return entries;
    }

    /** The canonical form only, as on the command side: {@code 1-1-1-1-1} is no alias of a case. */
    private static UUID caseId(String value) {
        return CaseId.parse(value).orElseThrow(() -> ApiProblem.invalid("caseId", "must be a UUID")).value();
    }

    private static ApiProblem unknownCase(UUID id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.CASE_NOT_FOUND, "No case has id " + id + ".");
    }

    private static ProblemDetail notYet(UUID id, long minVersion) {
        return org.disputes.platform.web.Problems.detail(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCode.SERVICE_UNAVAILABLE, "The view of case " + id + " has not reached version "
                        + minVersion + " yet; retry shortly.", List.of());
    }
}
