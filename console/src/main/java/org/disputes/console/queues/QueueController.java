package org.disputes.console.queues;

import org.disputes.console.api.QueryApi;
import org.disputes.console.web.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The work queues: the agent's (what falls due first) and the escalation team's (by tier, SLA left or overdue).
 * Each page polls its own rows ({@code …/rows}) with htmx, so a queue refreshes by itself.
 */
@Controller
class QueueController {

    static final List<String> TIERS = List.of("TIER2", "TIER3", "FRAUD_REVIEW");
    private final QueryApi queries;

    QueueController(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/queues/agent")
    String agent(Model model) {
        model.addAttribute("items", Pages.items(queries.agentQueue()));
        return "queue-agent";
    }

    @GetMapping("/queues/agent/rows")
    String agentRows(Model model) {
        model.addAttribute("items", Pages.items(queries.agentQueue()));
        return "queue-agent :: rows";
    }

    @GetMapping("/queues/escalation")
    String escalation(@RequestParam(required = false) String tier, Model model) {
        fillEscalation(tier, model);
        return "queue-escalation";
    }

    @GetMapping("/queues/escalation/rows")
    String escalationRows(@RequestParam(required = false) String tier, Model model) {
        fillEscalation(tier, model);
        return "queue-escalation :: rows";
    }

    private void fillEscalation(String tier, Model model) {
        String chosen = tier != null && TIERS.contains(tier) ? tier : null;
        model.addAttribute("tiers", TIERS);
        model.addAttribute("tier", chosen);
        model.addAttribute("items", Pages.items(queries.escalationQueue(chosen)));
    }
}
