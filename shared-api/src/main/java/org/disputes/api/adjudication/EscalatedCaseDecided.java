package org.disputes.api.adjudication;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A person decided an escalated case; a denial may be appealed until {@code appealDueBy}. Its one reason is the
 * person's {@code justification}, in their own words; {@code reasonDetails} says so as data
 * ({@value #JUSTIFIED_BY_PERSON}, never copying the words), and is empty in histories recorded before it existed.
 */
public record EscalatedCaseDecided(CaseId caseId, DecisionOutcome outcome, @PersonalData String justification, String decidedBy,
                                   Instant decidedAt, Instant appealDueBy, List<ReasonDetail> reasonDetails) implements CaseEvent {

    /** The code of a reason that is a person's own justification, to be shown as written. */
    public static final String JUSTIFIED_BY_PERSON = "PERSON.JUSTIFICATION";

    public EscalatedCaseDecided {
        reasonDetails = reasonDetails == null ? List.of() : List.copyOf(reasonDetails);
    }

    /** A person's decision, its one reason their justification. */
    public EscalatedCaseDecided(CaseId caseId, DecisionOutcome outcome, String justification, String decidedBy,
                                Instant decidedAt, Instant appealDueBy) {
        this(caseId, outcome, justification, decidedBy, decidedAt, appealDueBy,
                List.of(new ReasonDetail(JUSTIFIED_BY_PERSON, Map.of("outcome", outcome.name()))));
    }
}
