package org.disputes.query.web;

import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Jurisdiction;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.ProblemCodes;
import org.disputes.query.cases.CaseFilter;
import org.disputes.query.cases.CaseView;
import org.disputes.query.cases.CaseViewRepository;
import org.disputes.query.cases.CaseViewUpdates;
import org.disputes.query.cases.TimelineEntry;
import org.disputes.query.config.QueryProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /** With {@code minVersion}, waits (up to 5 s) for the view to reflect that version: read-your-writes. */
    @GetMapping("/{caseId}")
    ResponseEntity<?> find(@PathVariable String caseId, @RequestParam(required = false) Long minVersion) {
        UUID id = caseId(caseId);
        if (minVersion == null) {
            return ResponseEntity.ok(views.find(id).orElseThrow(() -> unknownCase(id)));
        }
        if (minVersion < 0) {
            throw ApiProblem.invalid("minVersion", "must be zero or more");
        }
        Optional<CaseView> view = updates.awaitUntil(id, () -> views.find(id), v -> v.version() >= minVersion,
                properties.minVersionWait());
        if (view.isPresent()) {
            return ResponseEntity.ok(view.get());
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(notYet(id, minVersion));
    }

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

    @GetMapping("/{caseId}/timeline")
    List<TimelineEntry> timeline(@PathVariable String caseId) {
        UUID id = caseId(caseId);
        List<TimelineEntry> entries = views.timeline(id);
        if (entries.isEmpty()) {
            throw unknownCase(id);
        }
        return entries;
    }

    private static UUID caseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("caseId", "must be a UUID");
        }
    }

    private static ApiProblem unknownCase(UUID id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCodes.CASE_NOT_FOUND, "No case has id " + id + ".");
    }

    private static ProblemDetail notYet(UUID id, long minVersion) {
        return org.disputes.platform.web.Problems.detail(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemCodes.SERVICE_UNAVAILABLE, "The view of case " + id + " has not reached version "
                        + minVersion + " yet; retry shortly.", List.of());
    }
}
