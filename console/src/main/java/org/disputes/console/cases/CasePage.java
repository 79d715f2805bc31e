package org.disputes.console.cases;

import org.disputes.console.api.QueryApi;
import org.disputes.console.security.Person;
import org.disputes.console.web.Instants;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** What the case page shows, filled once for its first rendering and again when a form on it is refused. */
@Component
class CasePage {

    private final QueryApi queries;
    private final Instants instants;
    private final Clock clock;

    CasePage(QueryApi queries, Instants instants, Clock clock) {
        this.queries = queries;
        this.instants = instants;
        this.clock = clock;
    }

    void fill(Model model, Person me, Map<String, Object> read, EvidenceForm evidence) {
        Map<String, Object> view = read;
        List<Map<String, Object>> timeline = List.of();
        if (!me.is("SELLER", "CARRIER")) {
            CaseAsOfOneVersion page = CaseAsOfOneVersion.read(queries, read);
            view = page.view();
            timeline = page.timeline();
        }
        model.addAttribute("c", view);
        model.addAttribute("actions", CaseActions.of(me, view));
        model.addAttribute("timeline", timeline);
        EvidenceForm form = evidence != null ? evidence : EvidenceForm.blank(me, instants.nowLocal(clock));
        model.addAttribute("evidence", form);
        model.addAttribute("types", EvidenceCatalogue.TYPES);
        model.addAttribute("parties", EvidenceCatalogue.partiesFor(me.role()));
        model.addAttribute("attributes", EvidenceCatalogue.attributesOf(form.getType()));
        model.addAttribute("channels", EvidenceCatalogue.CHANNELS);
        model.addAttribute("values", form.getAttributes());
        model.addAttribute("attributesType", form.getType());
    }
}
