package org.disputes.console.couriers;

import org.disputes.console.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A courier's record: flags, refunds, fraud referrals (agents and the escalation team). */
@Controller
class CourierController {

    private final QueryApi queries;

    CourierController(QueryApi queries) {
        this.queries = queries;
    }

    @GetMapping("/couriers/{courierId}")
    String courier(@PathVariable String courierId, Model model) {
        model.addAttribute("courier", queries.courier(courierId));
        return "courier";
    }

    /** The look-up box of the case search page. */
    @GetMapping("/couriers")
    String find(@RequestParam(defaultValue = "") String courierId) {
        return courierId.isBlank() ? "redirect:/cases" : "redirect:/couriers/" + courierId.trim();
    }
}
