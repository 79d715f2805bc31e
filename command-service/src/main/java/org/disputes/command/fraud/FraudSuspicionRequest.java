package org.disputes.command.fraud;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.disputes.command.web.Shapes;

/** The body of {@code POST /api/cases/{caseId}/fraud-suspicion}. */
record FraudSuspicionRequest(
        @NotNull(message = "is required (true or false)") Boolean regulatorNotified,
        @Size(max = Shapes.MAX_TEXT, message = Shapes.MAX_TEXT_MESSAGE) String note) {

    /** No body at all: nothing said, not even whether the regulator was told. */
    static final FraudSuspicionRequest NONE = new FraudSuspicionRequest(null, null);
}
