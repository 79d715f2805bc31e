package org.disputes.query.queues;

import io.swagger.v3.oas.annotations.Operation;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.query.cases.CaseSummary;
import org.disputes.query.cases.CaseViewRepository;
import org.disputes.query.cases.PageView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** The work lists: what the escalation team and the agents have to do, what falls due first first. */
@RestController
@RequestMapping(path = "/api/queues", produces = MediaType.APPLICATION_JSON_VALUE)
class QueueController {

    private final CaseViewRepository views;

    QueueController(CaseViewRepository views) {
        this.views = views;
    }

    /**
     * Escalated and appealed cases still to be decided by people, of one tier or all. The tier is bound as a plain
     * (nullable) enum, not an Optional, so that an unknown value is answered naming the allowed ones.
     */
    @Operation(summary = "The escalation queue", description = """
            Escalated and appealed cases still to be decided by people, of one tier or all, what falls due first first \
            (ESCALATION).""")
    @GetMapping("/escalation")
    PageView<EscalationQueueItem> escalation(@RequestParam(required = false) EscalationTier tier,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        PageView.check(page, size);
        return PageView.of(views.escalationQueue(Optional.ofNullable(tier), page, size), EscalationQueueItem::of,
                page, size);
    }

    /** Open cases, the one whose response window ends first first. */
    @Operation(summary = "The agents' queue", description = """
            Open cases, the one whose response window ends first first (AGENT, ESCALATION).""")
    @GetMapping("/agent")
    PageView<CaseSummary> agent(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        PageView.check(page, size);
        return PageView.of(views.agentQueue(page, size), CaseSummary::of, page, size);
    }
}
