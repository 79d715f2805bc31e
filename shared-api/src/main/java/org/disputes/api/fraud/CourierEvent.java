package org.disputes.api.fraud;

/**
 * Every event of a courier's record, and nothing else. Sealed for the same reason as
 * {@link org.disputes.api.CaseEvent}: whoever projects a courier's record is tested against this list.
 */
public sealed interface CourierEvent permits CourierFlagged, FraudReferralOpened {

    String courierId();
}
