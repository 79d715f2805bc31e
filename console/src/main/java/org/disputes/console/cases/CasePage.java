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

    void fill(Model model, Person me, Map<String, Object> view, EvidenceForm evidence) {
        // a seller or a carrier sees no timeline: its view alone is the page
        CaseAsOfOneVersion shown = me.is("SELLER", "CARRIER") ? new CaseAsOfOneVersion(view, List.of())
                : CaseAsOfOneVersion.read(queries, view);
        model.addAttribute("c", shown.view());
        model.addAttribute("actions", CaseActions.of(me, shown.view()));
        model.addAttribute("timeline", shown.timeline());
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
