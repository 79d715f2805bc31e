package org.disputes.console.stats;

import jakarta.servlet.http.HttpServletResponse;
import org.disputes.console.api.QueryApi;
import org.disputes.console.security.Person;
import org.disputes.console.web.Instants;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Map;

/** Statistics with server-drawn charts (regulator, escalation team), and the regulator's event export. */
@Controller
class StatsController {

    private final QueryApi queries;
    private final Instants instants;

    StatsController(QueryApi queries, Instants instants) {
        this.queries = queries;
        this.instants = instants;
    }

    @GetMapping("/stats")
    String stats(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                 @RequestParam(defaultValue = "") String jurisdiction, @AuthenticationPrincipal Person me,
                 Model model) {
        Map<String, Object> stats = queries.stats(instants.toIso(from), instants.toIso(to), jurisdiction);
        model.addAttribute("stats", stats);
        model.addAttribute("byStatus", BarChart.of(stats.get("byStatus"), "status."));
        model.addAttribute("byRule", BarChart.of(stats.get("byRule"), ""));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("mayExport", me.is("REGULATOR"));
        return "stats";
    }

    /** Every event of the range as the audit API streams it (NDJSON), passed through without holding it. */
    @GetMapping("/exports/events")
    void export(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "") String jurisdiction, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/x-ndjson");
        response.setHeader("Content-Disposition", "attachment; filename=\"events.ndjson\"");
        queries.exportEvents(instants.toIso(from), instants.toIso(to), jurisdiction, response.getOutputStream());
    }
}
