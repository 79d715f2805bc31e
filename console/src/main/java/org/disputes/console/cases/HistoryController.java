package org.disputes.console.cases;

import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.web.Instants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The regulator's page of a case: every event with who caused it, {@code Verify} (the hash chain recomputed by the
 * query service), and the case as it stood at a chosen instant.
 */
@Controller
class HistoryController {

    private final QueryApi queries;
    private final Instants instants;

    HistoryController(QueryApi queries, Instants instants) {
        this.queries = queries;
        this.instants = instants;
    }

    @GetMapping("/cases/{caseId}/history")
    String history(@PathVariable String caseId, @RequestParam(required = false) String verify,
                   @RequestParam(required = false) String asOf, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("events", queries.auditEvents(caseId));
        if (verify != null) {
            model.addAttribute("verification", queries.verify(caseId));
        }
        if (asOf != null && !asOf.isBlank()) {
            model.addAttribute("asOf", asOf);
            try {
                Instant at = Instant.parse(instants.toIso(asOf));
                model.addAttribute("asOfInstant", at.toString());
                model.addAttribute("stood", queries.stateAsOf(caseId, at));
            } catch (DateTimeParseException unreadable) {
                model.addAttribute("asOfRefused", "history.asOf.unreadable");
            } catch (ServiceProblem e) {
                if (e.status() != 404) {
                    throw e;
                }
                model.addAttribute("asOfRefused", "history.asOf.before");
            }
        }
        return "history";
    }
}
