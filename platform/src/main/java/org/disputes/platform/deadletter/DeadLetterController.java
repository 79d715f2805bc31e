package org.disputes.platform.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The operators' way to the dead letters (docs/DEAD-LETTERS.md): list them, hand a case's parked events to their
 * handlers again once the cause is fixed, or drop them. A sequence is a case (or a scam contact).
 */
@Tag(name = "dead-letters", description = "Events parked because a handler failed on them (OPERATOR)")
@RestController
@RequestMapping(path = "/api/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeadLetterController {

    /** What a sequence id is made of: case ids, scam contact ids and event ids alike. */
    private static final Pattern SEQUENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public record Listing(List<ParkedSequence> items, long total) {
    }

    public record Retried(String group, String sequenceId, boolean resolved, long remaining) {
    }

    @Operation(operationId = "deadLettersList", summary = "List the dead letters", description = """
            The events this service's processing groups parked because a handler failed on them, one entry per case \
            (or scam contact) with the first failed event, when it was parked, how many of the case's events wait \
            behind it and why, in a sentence that quotes nothing of the event (OPERATOR). `group` keeps one group.""")
    @ApiResponse(responseCode = "200", description = "The parked sequences, oldest first.")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: `group` is not a processing group of this "
            + "service.")
    @GetMapping
    public Listing list(@RequestParam(required = false) String group) {
        List<ParkedGroup> groups = group == null ? deadLetters.groups()
                : List.of(deadLetters.group(group).orElseThrow(() -> ApiProblem.invalid("group",
                "is not a processing group of this service: one of " + deadLetters.counts().keySet())));
        List<ParkedSequence> items = groups.stream().flatMap(g -> g.sequences().stream()).toList();
        return new Listing(items, items.size());
    }

    @Operation(operationId = "deadLettersRetry", summary = "Retry a case's dead letters", description = """
            Hands a case's parked events to their handlers again, in order, once the cause is fixed (OPERATOR). What \
            succeeds leaves the queue; if an event fails again it stays parked with those behind it, and `resolved` \
            is false.""")
    @ApiResponse(responseCode = "200", description = "What the retry resolved and how many events still wait.")
    @ApiResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND: no event of this case waits in this "
            + "group.")
    @PostMapping("/{group}/{sequenceId}/retry")
    public Retried retry(@PathVariable String group, @PathVariable String sequenceId) {
        ParkedGroup parked = parked(group, sequenceId);
        long remaining = deadLetters.retry(parked, sequenceId);
        return new Retried(group, sequenceId, remaining == 0, remaining);
    }

    @Operation(operationId = "deadLettersEvict", summary = "Evict a case's dead letters", description = """
            Drops a case's parked events for good, unhandled (OPERATOR): the group's views or steps for that case \
            will never see them. For an event that can never be handled; a rebuild of the views handles it again.""")
    @ApiResponse(responseCode = "204", description = "Evicted.")
    @ApiResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND: no event of this case waits in this "
            + "group.")
    @DeleteMapping("/{group}/{sequenceId}")
    public ResponseEntity<Void> evict(@PathVariable String group, @PathVariable String sequenceId) {
        ParkedGroup parked = parked(group, sequenceId);
        if (deadLetters.evict(parked, sequenceId) == 0) {
            throw notFound(group, sequenceId);
        }
        return ResponseEntity.noContent().build();
    }

    private ParkedGroup parked(String group, String sequenceId) {
        if (!SEQUENCE.matcher(sequenceId).matches()) {
            throw ApiProblem.invalid("sequenceId", "must be a case or scam contact id");
        }
        ParkedGroup parked = deadLetters.group(group).orElseThrow(() -> notFound(group, sequenceId));
        if (!parked.contains(sequenceId)) {
            throw notFound(group, sequenceId);
        }
        return parked;
    }

    private static ApiProblem notFound(String group, String sequenceId) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.DEAD_LETTER_NOT_FOUND,
                "No event of " + sequenceId + " waits in " + group + ".");
    }
}
