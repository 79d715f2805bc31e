package org.disputes.query.couriers;

/**
 * What {@code GET /api/couriers/{courierId}} shows: counts of the courier's non-receipt cases, of those flagged for a
 * remotely disclosed code, of those refunded, and of the fraud referrals opened (none is ever closed yet, so one
 * opened is one open).
 */
public record CourierView(String courierId, long cases, long flags, long refunded, boolean referralOpen,
                          long referrals) {
}
