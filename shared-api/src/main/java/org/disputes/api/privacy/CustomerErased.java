package org.disputes.api.privacy;

import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;

/**
 * A customer's personal data was erased (GDPR art. 17): their key was destroyed in the same transaction, so every
 * personal field of their events reads {@value PersonalData#ERASED} from now on. Says who asked under which
 * {@code reference} and {@code basis} (an erasure officer's words about the request, never the customer's data),
 * and which cases and how many events it concerned.
 */
public record CustomerErased(String customerId, String reference, String basis, String erasedBy,
                             List<CaseId> caseIds, int eventsConcerned, Instant erasedAt) implements PrivacyEvent {
    public CustomerErased {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }
}
