package org.disputes.console.cases;

import org.disputes.console.api.QueryApi;
import org.disputes.console.security.Person;
import org.disputes.console.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The case page, the heart of the console, and the case search. */
@Controller
class CaseController {

    static final int PAGE_SIZE = 50;
    private final QueryApi queries;
    private final CasePage page;

    CaseController(QueryApi queries, CasePage page) {
        this.queries = queries;
        this.page = page;
    }

    /** {@code v}: the version an action of this person answered, so the page shows what the action left. */
    @GetMapping("/cases/{caseId}")
    String show(@PathVariable String caseId, @RequestParam(name = "v", required = false) Integer version,
                @AuthenticationPrincipal Person me, Model model) {
        Map<String, Object> view = queries.caseView(caseId, version);
        page.fill(model, me, view, null);
        return "case";
    }

    @GetMapping("/cases")
    String search(@RequestParam Map<String, String> query, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : List.of("status", "kind", "jurisdiction", "customerId", "courierId")) {
            filters.put(name, query.getOrDefault(name, ""));
        }
        model.addAttribute("filters", filters);
        model.addAttribute("result", queries.search(filters, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("page", Math.max(page, 0));
        return "cases";
    }

    /** The attributes of one evidence type, for htmx to swap in when the type changes. */
    @GetMapping("/cases/{caseId}/evidence/fields")
    String evidenceFields(@PathVariable String caseId, @RequestParam(required = false) String type, Model model) {
        model.addAttribute("attributes", EvidenceCatalogue.attributesOf(type));
        model.addAttribute("channels", EvidenceCatalogue.CHANNELS);
        model.addAttribute("values", Map.of());
        model.addAttribute("attributesType", type);
        return "fragments/evidence-attributes :: attributes";
    }
}
