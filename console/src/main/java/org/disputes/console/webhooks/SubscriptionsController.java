package org.disputes.console.webhooks;

import jakarta.servlet.http.HttpSession;
import org.disputes.console.api.CommandApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's home (CONSOLE.md): the webhook subscriptions, and the form that subscribes a receiver, whose
 * secret is shown once, on the page that follows.
 */
@Controller
class SubscriptionsController {

    /** API.md's event types, in its order. */
    static final List<String> EVENT_TYPES = List.of("case.opened", "proof.requested", "evidence.submitted",
            "case.decided", "case.escalated", "escalation.overdue", "refund.issued", "decision.appealed",
            "case.closed", "scam_contact.confirmed", "customer.erased");
    private final CommandApi commands;

    SubscriptionsController(CommandApi commands) {
        this.commands = commands;
    }

    @GetMapping("/webhooks")
    String list(Model model) {
        model.addAttribute("webhooks", commands.webhooks());
        return "webhooks";
    }

    @GetMapping("/webhooks/new")
    String form(Model model) {
        model.addAttribute("subscription", Map.of("events", List.of()));
        model.addAttribute("eventTypes", EVENT_TYPES);
        return "webhook-form";
    }

    @PostMapping("/webhooks/new")
    String subscribe(@RequestParam(defaultValue = "") String url,
                     @RequestParam(required = false) List<String> events,
                     @RequestParam(defaultValue = "") String sellerId, @RequestParam(defaultValue = "") String carrierId,
                     @RequestParam(defaultValue = "") String description, @RequestParam String idempotencyKey,
                     HttpSession session, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url.trim());
        body.put("events", events == null ? List.of() : events);
        optional(body, "sellerId", sellerId);
        optional(body, "carrierId", carrierId);
        optional(body, "description", description);
        try {
            SecretForms.Outcome done = SecretForms.of(session).once(idempotencyKey, () -> commands.subscribe(body));
            if (done.repeated()) {
                redirect.addAttribute("repeated", "");
                return "redirect:/webhooks/" + done.webhookId();
            }
            model.addAttribute("webhookId", done.webhookId());
            model.addAttribute("secret", done.secret());
            model.addAttribute("rotated", false);
            return "webhook-secret";
        } catch (ServiceProblem | ServiceDownException e) {
            WebhookProblems.show(model, e);
            Map<String, Object> again = new LinkedHashMap<>(body);
            again.put("sellerId", sellerId);
            again.put("carrierId", carrierId);
            again.put("description", description);
            again.put("idempotencyKey", idempotencyKey);
            model.addAttribute("subscription", again);
            model.addAttribute("eventTypes", EVENT_TYPES);
            return "webhook-form";
        }
    }

    private static void optional(Map<String, Object> body, String field, String value) {
        if (!value.isBlank()) {
            body.put(field, value.trim());
        }
    }
}
