package org.disputes.command.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.command.web.Shapes;

import java.math.BigDecimal;

/** A tender as the contract writes it; its currency is the case's. */
public record TenderRequest(
        @NotNull(message = Shapes.REQUIRED) TenderMethod method,
        @NotBlank(message = Shapes.REQUIRED) @Pattern(regexp = MoneyRequest.DECIMAL,
                message = MoneyRequest.DECIMAL_MESSAGE) String amount) {

    Tender tender() {
        return new Tender(method, new BigDecimal(amount));
    }
}
