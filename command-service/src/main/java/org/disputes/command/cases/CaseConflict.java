package org.disputes.command.cases;

/** A command that the case's current state forbids (it is closed, the evidence id is taken, …). */
public class CaseConflict extends RuntimeException {

    public static final String CASE_ALREADY_EXISTS = "CASE_ALREADY_EXISTS";
    public static final String CASE_CLOSED = "CASE_CLOSED";
    public static final String DUPLICATE_EVIDENCE = "DUPLICATE_EVIDENCE";
    public static final String CASE_NOT_ESCALATED = "CASE_NOT_ESCALATED";
    public static final String CASE_NOT_DENIED = "CASE_NOT_DENIED";
    public static final String APPEAL_WINDOW_CLOSED = "APPEAL_WINDOW_CLOSED";

    private final String code;

    public CaseConflict(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
