package org.disputes.api.claim;

/** How the carrier was to hand the parcel over. */
public enum DeliveryMethod {
    SECURE_OTP, SIGNATURE, DOORSTEP, PICKUP_POINT, LOCKER
}
