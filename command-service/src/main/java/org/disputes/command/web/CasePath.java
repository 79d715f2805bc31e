package org.disputes.command.web;

import org.disputes.api.CaseId;
import org.disputes.platform.web.ApiProblem;

/** The case a request's path names: a UUID in its canonical form, as in a body (no {@code 1-1-1-1-1} alias). */
public final class CasePath {

    private CasePath() {
    }

    public static CaseId caseId(String value) {
        return CaseId.parse(value).orElseThrow(() -> ApiProblem.invalid("caseId", "must be a UUID"));
    }
}
