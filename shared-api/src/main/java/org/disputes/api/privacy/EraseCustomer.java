package org.disputes.api.privacy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

import java.util.List;

/**
 * Erase a customer's personal data for good, on a request known by {@code reference}, on {@code basis}.
 * {@code evidenceLocations} were read while the key still opened them, for the evidence store to delete
 * ({@code customer.erased}); they go into no event.
 */
public record EraseCustomer(@TargetAggregateIdentifier String customerId, String reference, String basis,
                            String erasedBy, List<CaseId> caseIds, int eventsConcerned,
                            List<String> evidenceLocations) {
    public EraseCustomer {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
        evidenceLocations = evidenceLocations == null ? List.of() : List.copyOf(evidenceLocations);
    }

    /** Never the locations: a command may be logged when it fails. */
    @Override
    public String toString() {
        return "EraseCustomer[" + customerId + ", " + reference + "]";
    }
}
