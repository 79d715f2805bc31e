package org.disputes.console.parties;

import org.disputes.console.api.QueryApi;
import org.disputes.console.web.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A seller's or carrier's cases (the party view), awaiting their proof first, with the time left. */
@Controller
class MyCasesController {

    private final QueryApi queries;

    MyCasesController(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/my-cases")
    String myCases(Model model) {
        model.addAttribute("items", Pages.items(queries.myCases(null)));
        return "my-cases";
    }
}
