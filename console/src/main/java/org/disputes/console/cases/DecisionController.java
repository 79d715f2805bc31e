package org.disputes.console.cases;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.security.Person;
import org.disputes.console.web.Problems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What people decide on a case: the escalation team's decision (asked for once, then confirmed, because it is
 * final unless appealed), the agent's appeal of a denial, and the agent's fraud suspicion.
 */
@Controller
class DecisionController {

    static final int MIN_JUSTIFICATION = 20;
    private final CommandApi commands;
    private final QueryApi queries;
    private final CasePage page;

    DecisionController(CommandApi commands, QueryApi queries, CasePage page) {
        this.commands = commands;
        this.queries = queries;
        this.page = page;
    }

    @PostMapping("/cases/{caseId}/decision")
    String decide(@PathVariable String caseId, @RequestParam(required = false) String outcome,
                  @RequestParam(defaultValue = "") String justification, @RequestParam String idempotencyKey,
                  @RequestParam(required = false) String confirmed, @AuthenticationPrincipal Person me, Model model) {
        Map<String, String> refused = new LinkedHashMap<>();
        if (outcome == null || !List.of("REFUND", "DENY").contains(outcome)) {
            refused.put("outcome", "decision.outcome.required");
        }
        if (justification.trim().length() < MIN_JUSTIFICATION) {
            refused.put("justification", "decision.justification.short");
        }
        model.addAttribute("decisionOutcome", outcome);
        model.addAttribute("justification", justification);
        if (!refused.isEmpty()) {
            model.addAttribute("decisionRefused", refused);
            return caseAgain(caseId, me, model);
        }
        if (confirmed == null) {
            model.addAttribute("c", queries.caseView(caseId, null));
            model.addAttribute("idempotencyKey", idempotencyKey);
            return "confirm-decision";
        }
        return act(caseId, me, model, () -> commands.decide(caseId, outcome, justification.trim(), idempotencyKey));
    }

    @PostMapping("/cases/{caseId}/appeal")
    String appeal(@PathVariable String caseId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam String idempotencyKey, @AuthenticationPrincipal Person me, Model model) {
        model.addAttribute("appealReason", reason);
        return act(caseId, me, model, () -> commands.appeal(caseId, reason.trim(), idempotencyKey));
    }

    @PostMapping("/cases/{caseId}/fraud-suspicion")
    String fraudSuspicion(@PathVariable String caseId, @RequestParam(defaultValue = "false") boolean regulatorNotified,
                          @RequestParam(defaultValue = "") String note, @RequestParam String idempotencyKey,
                          @AuthenticationPrincipal Person me, Model model) {
        model.addAttribute("fraudNote", note);
        return act(caseId, me, model,
                () -> commands.recordFraudSuspicion(caseId, regulatorNotified, note.trim(), idempotencyKey));
    }

    private String act(String caseId, Person me, Model model, Supplier<Map<String, Object>> command) {
        try {
            Map<String, Object> done = command.get();
            return "redirect:/cases/" + caseId + "?v=" + done.get("version");
        } catch (ServiceProblem | ServiceDownException e) {
            Problems.show(model, e);
            return caseAgain(caseId, me, model);
        }
    }

    private String caseAgain(String caseId, Person me, Model model) {
        page.fill(model, me, queries.caseView(caseId, null), null);
        return "case";
    }
}
