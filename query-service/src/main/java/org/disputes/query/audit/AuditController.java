package org.disputes.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.query.cases.CaseView;
import org.disputes.query.cases.CaseViewRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The regulator's view: every event with who caused it and its chain links, verification, the past, the export. */
@RestController
class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private final EventArchive archive;
    private final AuditReader reader;
    private final CaseReplay replay;
    private final CaseViewRepository views;
    private final StatisticsRepository statistics;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditController(EventArchive archive, AuditReader reader, CaseReplay replay, CaseViewRepository views,
                    StatisticsRepository statistics) {
        this.archive = archive;
        this.reader = reader;
        this.replay = replay;
        this.views = views;
        this.statistics = statistics;
    }

    @Operation(summary = "A case's events, for audit", description = """
            Every event of the case in order, with who caused it (actor, role), its correlation and causation, the \
            policy version, and its links in the case's hash chain (REGULATOR; docs/AUDIT.md).""")
    @ApiResponse(responseCode = "200", description = "The case's events, in order.")
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @GetMapping(path = "/api/audit/cases/{caseId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditedEvent> events(@PathVariable String caseId) {
        return history(caseId).stream().map(reader::read).toList();
    }

    @Operation(summary = "Verify a case's history", description = """
            Recomputes the case's hash chain from the stored events (REGULATOR): `valid`, or where it breaks \
            and why.""")
    @ApiResponse(responseCode = "200", description = "The verdict: `valid`, and when not, `brokenAtSequence` and `detail`.")
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id.")
    @GetMapping(path = "/api/audit/cases/{caseId}/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> verify(@PathVariable String caseId) {
        // the view's version before the history: the store only grows, so a history read after it holds that many
        // events unless some were deleted; read the other way round, an event appended between the two reads and
        // projected would look like a deletion
        long versionSeen = views.version(caseIdOf(caseId)).orElse(0L);
        List<StoredEvent> history = history(caseId);
        HashChain.Verification verification = HashChain.verify(history, versionSeen);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("caseId", caseId);
        answer.put("events", history.size());
        answer.put("valid", verification.valid());
        if (!verification.valid()) {
            answer.put("brokenAtSequence", verification.brokenAtSequence());
            answer.put("detail", verification.detail());
        }
        return answer;
    }

    @Operation(summary = "A case as it stood at an instant", description = """
            The case's view exactly as it stood at `asOf`, replayed from its events (REGULATOR).""")
    @ApiResponse(responseCode = "200", description = "The case's view at that instant.")
    @ApiResponse(responseCode = "404", description = "CASE_NOT_FOUND: no case has this id, or it did not exist yet at "
            + "`asOf`.")
    @ApiResponse(responseCode = "409", description = "HISTORY_DAMAGED: an event of the case can no longer be read; "
            + "`/verify` says where.")
    @GetMapping(path = "/api/audit/cases/{caseId}/state", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> state(@PathVariable String caseId, @RequestParam String asOf) {
        Instant instant = instant("asOf", asOf);
        List<StoredEvent> history = history(caseId);
        try {
            return replay.asOf(history, instant).map(ResponseEntity::ok).orElseThrow(() -> new ApiProblem(
                    HttpStatus.NOT_FOUND, ProblemCode.CASE_NOT_FOUND, "Case " + caseId + " did not exist at " + asOf + "."));
        } catch (CaseReplay.UnreadableHistory damaged) {
            throw new ApiProblem(HttpStatus.CONFLICT, ProblemCode.HISTORY_DAMAGED, "Event " + damaged.sequence()
                    + " of case " + caseId + " can no longer be read; see /verify.");
        }
    }

    /** One event a line, in store order, streamed: memory stays flat however long the history. */
    @Operation(summary = "Export the event store", description = """
            Every event of the store in store order, one JSON object a line (`application/x-ndjson`), streamed in \
            constant memory (REGULATOR): optionally from and to an instant, and of one jurisdiction.""")
    @ApiResponse(responseCode = "200", description = "One audited event a line.", content = @Content(
            mediaType = "application/x-ndjson", schema = @Schema(implementation = AuditedEvent.class)))
    @GetMapping(path = "/api/audit/events", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String jurisdiction) {
        Instant since = from == null ? null : instant("from", from);
        Instant until = to == null ? null : instant("to", to);
        if (jurisdiction != null && !Jurisdiction.isWellFormed(jurisdiction)) {
            throw ApiProblem.invalid("jurisdiction", "must be an ISO 3166-1 alpha-2 code such as FR");
        }
        StreamingResponseBody body = out -> {
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            archive.streamAll(since, until, jurisdiction, event -> {
                try {
                    json.writeValue(buffered, reader.read(event));
                    buffered.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            buffered.flush();
        };
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    @Operation(summary = "Statistics", description = """
            Over the cases filed in a range (and of one jurisdiction): how many, by status and by rule, the share \
            decided without a person, the median time to a decision, and the breaches of the escalation SLA \
            (REGULATOR, ESCALATION).""")
    @GetMapping(path = "/api/stats", produces = MediaType.APPLICATION_JSON_VALUE)
    Statistics stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String jurisdiction) {
        if (jurisdiction != null && !Jurisdiction.isWellFormed(jurisdiction)) {
            throw ApiProblem.invalid("jurisdiction", "must be an ISO 3166-1 alpha-2 code such as FR");
        }
        return statistics.over(from == null ? null : instant("from", from), to == null ? null : instant("to", to),
                jurisdiction);
    }

    private List<StoredEvent> history(String caseId) {
        caseIdOf(caseId);
        List<StoredEvent> history = archive.eventsOf(caseId);
        if (history.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.CASE_NOT_FOUND, "No case has id " + caseId + ".");
        }
        return history;
    }

    /** The canonical form only, as on the command side: {@code 1-1-1-1-1} is no alias of a case. */
    private static UUID caseIdOf(String caseId) {
        return CaseId.parse(caseId).orElseThrow(() -> ApiProblem.invalid("caseId", "must be a UUID")).value();
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be an ISO-8601 UTC instant such as 2026-11-22T10:15:30Z");
        }
    }
}
