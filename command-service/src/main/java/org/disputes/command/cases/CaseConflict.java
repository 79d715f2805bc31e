package org.disputes.command.cases;

import org.disputes.platform.problem.ProblemCode;

/** A command that the case's current state forbids (it is closed, the evidence id is taken, …). */
public class CaseConflict extends RuntimeException {

    private final ProblemCode code;

    public CaseConflict(ProblemCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }
}
