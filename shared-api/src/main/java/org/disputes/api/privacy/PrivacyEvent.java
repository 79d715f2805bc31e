package org.disputes.api.privacy;

/**
 * Every event of a customer's privacy record, and nothing else. Sealed for the same reason as
 * {@link org.disputes.api.CaseEvent}: whoever projects or tells it is tested against this list.
 */
public sealed interface PrivacyEvent permits CustomerErased {
    String customerId();
}
