package org.disputes.command.claims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.command.web.Shapes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.disputes.command.claims.PurchaseShape.JURISDICTION;
import static org.disputes.command.claims.PurchaseShape.JURISDICTION_MESSAGE;
import static org.disputes.command.claims.PurchaseShape.MAX_TENDERS;
import static org.disputes.command.claims.PurchaseShape.MAX_TENDERS_MESSAGE;
import static org.disputes.command.claims.PurchaseShape.PARTY_ID;
import static org.disputes.command.claims.PurchaseShape.PARTY_ID_MESSAGE;

/**
 * The body of {@code POST /api/disputes}. Its shape is declared here; the reason, the dates and the amounts are
 * held to the case's rules.
 */
public record DisputeRequest(
        @Pattern(regexp = Shapes.UUID, message = Shapes.UUID_MESSAGE) String caseId,
        @NotNull(message = Shapes.REQUIRED) @Pattern(regexp = PARTY_ID, message = PARTY_ID_MESSAGE)
        String orderId,
        @NotNull(message = Shapes.REQUIRED) @Pattern(regexp = PARTY_ID, message = PARTY_ID_MESSAGE)
        String customerId,
        @NotNull(message = Shapes.REQUIRED) @Pattern(regexp = PARTY_ID, message = PARTY_ID_MESSAGE)
        String sellerId,
        @Pattern(regexp = PARTY_ID, message = PARTY_ID_MESSAGE) String carrierId,
        @Pattern(regexp = PARTY_ID, message = PARTY_ID_MESSAGE) String courierId,
        @NotBlank(message = Shapes.REQUIRED) @Pattern(regexp = JURISDICTION, message = JURISDICTION_MESSAGE)
        String jurisdiction,
        DisputeReason reason,
        @NotNull(message = Shapes.REQUIRED) @Valid MoneyRequest amount,
        @NotNull(message = Shapes.REQUIRED) @Size(max = MAX_TENDERS, message = MAX_TENDERS_MESSAGE)
        List<@NotNull(message = Shapes.REQUIRED) @Valid TenderRequest> tenders,
        @Valid MoneyRequest claimedAmount,
        Instant transactionAt,
        Instant deliveredAt,
        @Size(max = Shapes.MAX_TEXT, message = Shapes.MAX_TEXT_MESSAGE) String statement)
        implements CaseOpeningRequest {

    public OpenCustomerDispute command(Supplier<UUID> ids) {
        return new OpenCustomerDispute(caseIdOrNew(ids), purchase(), claimed(), reason, transactionAt, deliveredAt,
                statement);
    }
}
