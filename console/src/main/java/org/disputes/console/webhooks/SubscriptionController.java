package org.disputes.console.webhooks;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.disputes.console.api.CommandApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * One subscription's page: its settings, what the operator may do with it (activate or deactivate, rotate its
 * secret, delete it after a confirmation) and its delivery log, where a failed delivery can be sent again.
 */
@Controller
class SubscriptionController {

    static final List<String> DELIVERY_STATUSES = List.of("PENDING", "DELIVERED", "FAILED");
    private final CommandApi commands;

    SubscriptionController(CommandApi commands) {
        this.commands = commands;
    }

    @GetMapping("/webhooks/{webhookId}")
    String page(@PathVariable String webhookId, @RequestParam(defaultValue = "") String status, Model model,
                HttpServletResponse response) {
        try {
            return show(webhookId, status, model);
        } catch (ServiceProblem e) {
            if (!WebhookProblems.notFound(e)) {
                throw e;
            }
            response.setStatus(404);
            model.addAttribute("notFoundKey", "webhooks.notFound");
            return "not-found";
        }
    }

    @PostMapping("/webhooks/{webhookId}/active")
    String activate(@PathVariable String webhookId, @RequestParam boolean active, Model model) {
        try {
            commands.changeWebhook(webhookId, Map.of("active", active));
            return "redirect:/webhooks/" + webhookId;
        } catch (ServiceProblem | ServiceDownException e) {
            return again(webhookId, e, model);
        }
    }

    @PostMapping("/webhooks/{webhookId}/rotate-secret")
    String rotate(@PathVariable String webhookId, @RequestParam String idempotencyKey, HttpSession session,
                  Model model, RedirectAttributes redirect) {
        try {
            SecretForms.Outcome done = SecretForms.of(session).once(idempotencyKey,
                    () -> commands.rotateWebhookSecret(webhookId));
            if (done.repeated()) {
                redirect.addAttribute("repeated", "");
                return "redirect:/webhooks/" + webhookId;
            }
            model.addAttribute("webhookId", webhookId);
            model.addAttribute("secret", done.secret());
            model.addAttribute("rotated", true);
            model.addAttribute("webhook", commands.webhook(webhookId));
            return "webhook-secret";
        } catch (ServiceProblem | ServiceDownException e) {
            return again(webhookId, e, model);
        }
    }

    @PostMapping("/webhooks/{webhookId}/delete")
    String delete(@PathVariable String webhookId, @RequestParam(required = false) String confirmed, Model model,
                  RedirectAttributes redirect) {
        if (confirmed == null) {
            model.addAttribute("webhook", commands.webhook(webhookId));
            return "webhook-delete";
        }
        try {
            commands.deleteWebhook(webhookId);
        } catch (ServiceProblem | ServiceDownException e) {
            // deleted already (the form sent twice): what the operator asked for is done
            if (!WebhookProblems.notFound(e)) {
                return again(webhookId, e, model);
            }
        }
        redirect.addAttribute("deleted", "");
        return "redirect:/webhooks";
    }

    @PostMapping("/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver")
    String redeliver(@PathVariable String webhookId, @PathVariable String deliveryId,
                     @RequestParam String idempotencyKey, Model model, RedirectAttributes redirect) {
        try {
            commands.redeliver(deliveryId, idempotencyKey);
            redirect.addAttribute("redelivered", "");
            return "redirect:/webhooks/" + webhookId;
        } catch (ServiceProblem | ServiceDownException e) {
            return again(webhookId, e, model);
        }
    }

    private String show(String webhookId, String status, Model model) {
        String filter = DELIVERY_STATUSES.contains(status) ? status : "";
        model.addAttribute("webhook", commands.webhook(webhookId));
        model.addAttribute("deliveries", commands.webhookDeliveries(webhookId, filter));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", DELIVERY_STATUSES);
        return "webhook";
    }

    private String again(String webhookId, RuntimeException e, Model model) {
        WebhookProblems.show(model, e);
        return show(webhookId, "", model);
    }
}
