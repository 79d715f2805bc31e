package org.disputes.console.cases;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.security.Person;
import org.disputes.console.web.Instants;
import org.disputes.console.web.Problems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Adding evidence from the case page. "Show fields" (the form's button without JavaScript) re-renders the form for
 * the chosen type; with htmx the fields follow the type at once.
 */
@Controller
class EvidenceController {

    private final CommandApi commands;
    private final QueryApi queries;
    private final CasePage page;
    private final Instants instants;

    EvidenceController(CommandApi commands, QueryApi queries, CasePage page, Instants instants) {
        this.commands = commands;
        this.queries = queries;
        this.page = page;
        this.instants = instants;
    }

    @PostMapping("/cases/{caseId}/evidence")
    String add(@PathVariable String caseId, @ModelAttribute("evidence") EvidenceForm form,
               @RequestParam(required = false) String showFields, @AuthenticationPrincipal Person me, Model model) {
        if (showFields == null) {
            try {
                Map<String, Object> added = commands.addEvidence(caseId, form.body(instants::toIso),
                        form.getIdempotencyKey());
                return "redirect:/cases/" + caseId + "?v=" + added.get("version") + "#evidence";
            } catch (ServiceProblem | ServiceDownException e) {
                Problems.show(model, e);
            }
        }
        page.fill(model, me, queries.caseView(caseId, null), form);
        return "case";
    }
}
