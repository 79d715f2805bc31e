package org.disputes.console.scam;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An agent reports a scam contact a customer met ({@code POST /api/scam-reports}); the contact's page follows. */
@Controller
class ScamReportController {

    static final List<String> FIELDS = List.of("channel", "contact", "impersonatedBrand", "customerId", "caseId",
            "country", "description");
    private final CommandApi commands;

    ScamReportController(CommandApi commands) {
        this.commands = commands;
    }

    @GetMapping("/scam-reports/new")
    String form(Model model) {
        model.addAttribute("report", Map.of("channel", "PHONE"));
        model.addAttribute("channels", ScamContactController.CHANNELS);
        return "scam-report-form";
    }

    @PostMapping("/scam-reports/new")
    String report(@RequestParam Map<String, String> form, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = form.getOrDefault(field, "").trim();
            if (!value.isEmpty()) {
                body.put(field, value);
            }
        }
        try {
            Map<String, Object> reported = commands.reportScam(body, form.get("idempotencyKey"));
            return "redirect:/scam-contacts/" + reported.get("contactId") + "?report=" + reported.get("reportId");
        } catch (ServiceProblem | ServiceDownException e) {
            Problems.show(model, e);
            model.addAttribute("report", form);
            model.addAttribute("channels", ScamContactController.CHANNELS);
            return "scam-report-form";
        }
    }
}
