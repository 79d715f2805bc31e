package org.disputes.console.web;

import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem as a page shows it: a message key (with the service's own sentence as its argument) for the top of the
 * page, and the refused fields, each beside its field and summarised at the top.
 */
public record Problems(String messageKey, String serviceSentence, Map<String, String> fields) {

    public static Problems down(ServiceDownException e) {
        return new Problems("problem.down." + e.service(), null, Map.of());
    }

    public static Problems of(ServiceProblem e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach(f -> fields.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
        String key = switch (e.code()) {
            case "VALIDATION_FAILED", "CASE_NOT_FOUND", "CASE_CLOSED", "CASE_NOT_ESCALATED", "CASE_NOT_DENIED",
                 "APPEAL_WINDOW_CLOSED", "VERSION_CONFLICT", "DUPLICATE_EVIDENCE", "CASE_ALREADY_EXISTS",
                 "IDEMPOTENCY_KEY_REUSED", "IDEMPOTENCY_KEY_IN_FLIGHT", "FORBIDDEN", "UNAUTHENTICATED" ->
                    "problem." + e.code();
            case "WEBHOOK_NOT_FOUND", "DELIVERY_NOT_FOUND" -> "problem." + e.code();
            default -> "problem.other";
        };
        return new Problems(key, e.detail(), fields);
    }

    /** Puts the problem where every form template looks for it. */
    public static void show(Model model, RuntimeException e) {
        model.addAttribute("problem", e instanceof ServiceDownException down ? down(down) : of((ServiceProblem) e));
    }

    public String field(String name) {
        return fields.get(name);
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }
}
