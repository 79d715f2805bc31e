package org.disputes.console.deadletters;

import org.disputes.console.api.CommandApi;
import org.disputes.console.api.QueryApi;
import org.disputes.console.api.ServiceDownException;
import org.disputes.console.api.ServiceProblem;
import org.disputes.console.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's dead letters (CONSOLE.md, docs/DEAD-LETTERS.md): what waits in both services' dead-letter queues,
 * with Retry and, after a confirmation, Evict. A service that does not answer is named, the other's letters shown.
 */
@Controller
class DeadLettersController {

    static final String COMMAND = "command";
    static final String QUERY = "query";

    private final CommandApi commands;
    private final QueryApi queries;

    DeadLettersController(CommandApi commands, QueryApi queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/dead-letters")
    String list(Model model) {
        List<Map<String, Object>> letters = new ArrayList<>();
        List<String> down = new ArrayList<>();
        gather(COMMAND, letters, down);
        gather(QUERY, letters, down);
        model.addAttribute("letters", letters);
        model.addAttribute("down", down);
        return "dead-letters";
    }

    @PostMapping("/dead-letters/{service}/{group}/{sequenceId}/retry")
    String retry(@PathVariable String service, @PathVariable String group, @PathVariable String sequenceId,
                 Model model, RedirectAttributes redirect) {
        if (!known(service)) {
            return "not-found";
        }
        try {
            Map<String, Object> answer = service.equals(COMMAND) ? commands.retryDeadLetters(group, sequenceId)
                    : queries.retryDeadLetters(group, sequenceId);
            redirect.addAttribute(Boolean.TRUE.equals(answer.get("resolved")) ? "retried" : "stillFailing",
                    sequenceId);
        } catch (ServiceProblem | ServiceDownException e) {
            if (!notFound(e)) {
                return again(e, model);
            }
            // handled or evicted meanwhile (another operator, the form sent twice): nothing waits any more
            redirect.addAttribute("gone", sequenceId);
        }
        return "redirect:/dead-letters";
    }

    @PostMapping("/dead-letters/{service}/{group}/{sequenceId}/evict")
    String evict(@PathVariable String service, @PathVariable String group, @PathVariable String sequenceId,
                 @RequestParam(required = false) String confirmed, Model model, RedirectAttributes redirect) {
        if (!known(service)) {
            return "not-found";
        }
        if (confirmed == null) {
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("service", service);
            letter.put("group", group);
            letter.put("sequenceId", sequenceId);
            model.addAttribute("letter", letter);
            return "dead-letter-evict";
        }
        try {
            if (service.equals(COMMAND)) {
                commands.evictDeadLetters(group, sequenceId);
            } else {
                queries.evictDeadLetters(group, sequenceId);
            }
        } catch (ServiceProblem | ServiceDownException e) {
            // evicted already (the form sent twice): what the operator asked for is done
            if (!notFound(e)) {
                return again(e, model);
            }
        }
        redirect.addAttribute("evicted", sequenceId);
        return "redirect:/dead-letters";
    }

    private void gather(String service, List<Map<String, Object>> letters, List<String> down) {
        try {
            Map<String, Object> listing = service.equals(COMMAND) ? commands.deadLetters() : queries.deadLetters();
            if (listing.get("items") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> letter) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        letter.forEach((key, value) -> row.put(String.valueOf(key), value));
                        row.put("service", service);
                        letters.add(row);
                    }
                }
            }
        } catch (ServiceDownException e) {
            down.add(service);
        }
    }

    private String again(RuntimeException e, Model model) {
        Problems.show(model, e);
        return list(model);
    }

    private static boolean known(String service) {
        return service.equals(COMMAND) || service.equals(QUERY);
    }

    private static boolean notFound(RuntimeException e) {
        return e instanceof ServiceProblem problem && problem.status() == 404;
    }
}
