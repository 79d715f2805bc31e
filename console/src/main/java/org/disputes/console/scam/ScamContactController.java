package org.disputes.console.scam;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.security.Person;
import org.disputes.console.web.Instants;
import org.disputes.console.web.Problems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scam contacts (API.md): the list with a look-up box for an agent with a customer on the line, a contact's page with
 * what the escalation team may do with it (confirm, dismiss, takedown, referral).
 */
@Controller
class ScamContactController {

    /** How long a page waits for the query service to show the person's own report or action. */
    private static final Duration OWN_WRITE_PATIENCE = Duration.ofSeconds(5);
    private static final Duration OWN_WRITE_POLL = Duration.ofMillis(200);
    static final List<String> CHANNELS = List.of("PHONE", "SMS", "EMAIL", "WEBSITE");
    static final List<String> STATUSES = List.of("REPORTED", "SUSPECTED", "CONFIRMED", "DISMISSED");
    /** Each action of API.md and the fields its request takes. */
    static final Map<String, List<String>> ACTIONS = Map.of(
            "confirm", List.of("justification"), "dismiss", List.of("justification"),
            "takedown-requested", List.of("addressee", "reference"), "taken-down", List.of("at"),
            "referred", List.of("agency", "reference"));

    private final QueryApi queries;
    private final CommandApi commands;
    private final Instants instants;

    ScamContactController(QueryApi queries, CommandApi commands, Instants instants) {
        this.queries = queries;
        this.commands = commands;
        this.instants = instants;
    }

    @GetMapping("/scam-contacts")
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String lookupChannel,
                @RequestParam(defaultValue = "") String lookupContact, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", STATUSES.contains(status) ? status : "");
        model.addAttribute("result", queries.scamContacts(filters, Math.max(page, 0), 50));
        model.addAttribute("status", filters.get("status"));
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("lookupChannel", lookupChannel.isBlank() ? "PHONE" : lookupChannel);
        model.addAttribute("lookupContact", lookupContact);
        if (!lookupContact.isBlank()) {
            try {
                model.addAttribute("found", queries.lookUpScamContact(lookupChannel, lookupContact.trim()));
            } catch (ServiceProblem e) {
                if (e.status() == 404) {
                    model.addAttribute("notFound", true);
                } else {
                    Problems.show(model, e);
                }
            }
        }
        return "scam-contacts";
    }

    /**
     * A contact's page. After the person's own report ({@code report}: its id) or action ({@code seen}: how many
     * steps of its history the page must show), it waits a few seconds for the query service to have projected it,
     * so the page shows the contact as the person left it.
     */
    @GetMapping("/scam-contacts/{contactId}")
    String contact(@PathVariable String contactId, @RequestParam(required = false) String report,
                   @RequestParam(required = false) Integer seen, Model model) throws InterruptedException {
        Predicate<Map<String, Object>> shows = contact -> (seen == null || historyOf(contact) >= seen)
                && (report == null || String.valueOf(contact.get("reportList")).contains(report));
        model.addAttribute("contact", seen == null && report == null ? queries.scamContact(contactId)
                : await(contactId, shows));
        return "scam-contact";
    }

    private Map<String, Object> await(String contactId, Predicate<Map<String, Object>> shows)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(OWN_WRITE_PATIENCE);
        while (true) {
            try {
                Map<String, Object> contact = queries.scamContact(contactId);
                if (shows.test(contact) || Instant.now().isAfter(deadline)) {
                    return contact;
                }
            } catch (ServiceProblem e) {
                if (e.status() != 404 || Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            Thread.sleep(OWN_WRITE_POLL.toMillis());
        }
    }

    /** How many steps of its history a contact's page shows (0 for a contact not yet known). */
    static int historyOf(Map<String, Object> contact) {
        return contact.get("history") instanceof List<?> history ? history.size() : 0;
    }

    @PostMapping("/scam-contacts/{contactId}/{action}")
    String act(@PathVariable String contactId, @PathVariable String action, @RequestParam Map<String, String> form,
               @AuthenticationPrincipal Person me, Model model) {
        List<String> fields = ACTIONS.get(action);
        if (fields == null) {
            return "not-found";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : fields) {
            String value = form.getOrDefault(field, "").trim();
            body.put(field, "at".equals(field) ? instants.toIso(value) : value);
        }
        try {
            int seen = historyOf(queries.scamContact(contactId));
            commands.actOnScamContact(contactId, action, body, form.get("idempotencyKey"));
            return "redirect:/scam-contacts/" + contactId + "?seen=" + (seen + 1);
        } catch (ServiceProblem | ServiceDownException e) {
            Problems.show(model, e);
            model.addAttribute("contact", queries.scamContact(contactId));
            return "scam-contact";
        }
    }
}
