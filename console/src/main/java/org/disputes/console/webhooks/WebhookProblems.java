package org.disputes.console.webhooks;

import org.disputes.console.api.ServiceProblem;
import org.disputes.console.web.Problems;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A webhook problem where the form shows it: the service names each refused event type ({@code events[2]}), the form has one group of boxes. */
final class WebhookProblems {

    private WebhookProblems() {
    }

    static void show(Model model, RuntimeException e) {
        Problems.show(model, e);
        if (e instanceof ServiceProblem && model.getAttribute("problem") instanceof Problems p) {
            Map<String, String> fields = new LinkedHashMap<>();
            p.fields().forEach((field, message) -> fields.merge(field.replaceAll("\\[\\d+]$", ""), message,
                    (a, b) -> a.equals(b) ? a : a + "; " + b));
            model.addAttribute("problem", new Problems(p.messageKey(), p.serviceSentence(), fields));
        }
    }

    static boolean notFound(RuntimeException e) {
        return e instanceof ServiceProblem p && p.status() == 404;
    }
}
