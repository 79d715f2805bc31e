package org.disputes.command.web;

import org.disputes.api.CaseId;

/**
 * The forms and messages request fields share across features, as constants so that Bean Validation annotations
 * (and through them the OpenAPI document) and error messages say the same thing everywhere.
 */
public final class Shapes {

    public static final String REQUIRED = RequestShape.REQUIRED;

    /** A UUID in its canonical 8-4-4-4-12 form, either case: case ids and evidence ids. */
    public static final String UUID = CaseId.CANONICAL;
    public static final String UUID_MESSAGE = "must be a UUID such as 3f2b8c1e-5d4a-4c2e-9b7f-1a2b3c4d5e6f";

    /** The longest free text a person may write on a case: a statement, a note, a reason, a justification. */
    public static final int MAX_TEXT = 4000;
    public static final String MAX_TEXT_MESSAGE = "must be at most 4000 characters";

    private Shapes() {
    }
}
