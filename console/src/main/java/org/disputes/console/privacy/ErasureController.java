package org.disputes.console.privacy;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The privacy officer's pages (CONSOLE.md): the erasure register, which the regulator reads too, and the form that
 * files an erasure request, which asks for a confirmation first since nothing can undo it.
 */
@Controller
class ErasureController {

    private final CommandApi commands;
    private final QueryApi queries;

    ErasureController(CommandApi commands, QueryApi queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/erasures")
    String register(Model model) {
        model.addAttribute("erasures", queries.erasures());
        return "erasures";
    }

    @GetMapping("/erasures/new")
    String form(Model model) {
        model.addAttribute("erasure", Map.of());
        return "erasure-form";
    }

    /** First the confirmation, with what was typed; then, confirmed, the erasure. */
    @PostMapping("/erasures/new")
    String erase(@RequestParam(defaultValue = "") String customerId, @RequestParam(defaultValue = "") String reference,
                 @RequestParam(defaultValue = "") String basis, @RequestParam String idempotencyKey,
                 @RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
        Map<String, Object> erasure = new LinkedHashMap<>();
        erasure.put("customerId", customerId.trim());
        erasure.put("reference", reference.trim());
        erasure.put("basis", basis.trim());
        erasure.put("idempotencyKey", idempotencyKey);
        model.addAttribute("erasure", erasure);
        if (confirmed == null) {
            return "erasure-confirm";
        }
        try {
            Map<String, Object> answer = commands.erase(customerId.trim(), reference.trim(), basis.trim(),
                    idempotencyKey);
            redirect.addAttribute(Boolean.TRUE.equals(answer.get("alreadyErased")) ? "already" : "erased",
                    customerId.trim());
            return "redirect:/erasures";
        } catch (ServiceProblem | ServiceDownException e) {
            Problems.show(model, e);
            return "erasure-form";
        }
    }
}
