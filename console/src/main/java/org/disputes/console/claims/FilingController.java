package org.disputes.console.claims;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.web.Instants;
import org.disputes.console.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Filing a delivery claim ({@code /claims/new}) or a customer dispute ({@code /disputes/new}). "Add tender"
 * re-renders the form with one more row and files nothing; on success the new case's page is shown.
 */
@Controller
class FilingController {

    private final CommandApi commands;
    private final Instants instants;

    FilingController(CommandApi commands, Instants instants) {
        this.commands = commands;
        this.instants = instants;
    }

    @GetMapping("/claims/new")
    String newClaim(Model model) {
        model.addAttribute("form", new FilingForm());
        return "claim-form";
    }

    @GetMapping("/disputes/new")
    String newDispute(Model model) {
        model.addAttribute("form", new FilingForm());
        return "dispute-form";
    }

    @PostMapping("/claims/new")
    String fileClaim(@ModelAttribute("form") FilingForm form, @RequestParam(required = false) String addTender,
                     Model model) {
        return file(form, addTender, model, "claim-form",
                () -> commands.fileClaim(form.claim(instants::toIso), form.getIdempotencyKey()));
    }

    @PostMapping("/disputes/new")
    String openDispute(@ModelAttribute("form") FilingForm form, @RequestParam(required = false) String addTender,
                       Model model) {
        return file(form, addTender, model, "dispute-form",
                () -> commands.openDispute(form.dispute(instants::toIso), form.getIdempotencyKey()));
    }

    private String file(FilingForm form, String addTender, Model model, String view,
                        java.util.function.Supplier<Map<String, Object>> send) {
        if (addTender != null) {
            form.addTender();
            return view;
        }
        try {
            Map<String, Object> filed = send.get();
            return "redirect:/cases/" + filed.get("caseId") + "?v=" + filed.get("version");
        } catch (ServiceProblem | ServiceDownException e) {
            Problems.show(model, e);
            return view;
        }
    }
}
