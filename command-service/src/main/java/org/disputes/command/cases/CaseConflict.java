package org.disputes.command.cases;

/** A command that the case's current state forbids (it is closed, the evidence id is taken, …). */
public class CaseConflict extends RuntimeException {

    public static final String CASE_ALREADY_EXISTS = "CASE_ALREADY_EXISTS";
    public static final String CASE_CLOSED = "CASE_CLOSED";
    public static final String DUPLICATE_EVIDENCE = "DUPLICATE_EVIDENCE";

    private final String code;

    public CaseConflict(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
