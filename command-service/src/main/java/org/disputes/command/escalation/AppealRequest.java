package org.disputes.command.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.disputes.command.web.Shapes;

/** The body of {@code POST /api/cases/{caseId}/appeal}: why the customer contests the denial. */
record AppealRequest(
        @NotBlank(message = Shapes.REQUIRED) @Size(max = Shapes.MAX_TEXT, message = Shapes.MAX_TEXT_MESSAGE)
        String reason) {

    static final AppealRequest NONE = new AppealRequest(null);
}
