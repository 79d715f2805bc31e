package org.disputes.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The bodies a refund desk sends, as API.md writes them: a non-receipt claim on a secure-code delivery, then the
 * carrier's proof (code confirmation, GPS scan) and the customer's call log. Amounts, customers and couriers vary.
 */
final class Requests {

    private static final int COURIERS = 10_000;

    private Requests() {
    }

    static String claim(UUID caseId) {
        return claim(caseId, "FR", "SECURE_OTP");
    }

    static String claim(UUID caseId, String jurisdiction, String deliveryMethod) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int euros = 20 + random.nextInt(1_980);
        int card = euros * 4 / 5;
        return """
                {"caseId":"%s","orderId":"ORD-%08d","customerId":"CUST-%s","sellerId":"SELLER-1",\
                "carrierId":"CARRIER-1","courierId":"COURIER-%05d","jurisdiction":"%s","deliveryMethod":"%s",\
                "amount":{"value":"%d.00","currency":"EUR"},\
                "tenders":[{"method":"CARD","amount":"%d.00"},{"method":"GIFT_CARD","amount":"%d.00"}],\
                "carrierReportedDeliveredAt":"2026-11-20T15:40:00Z",\
                "statement":"The courier phoned, said my code was invalid, and never came back."}"""
                .formatted(caseId, random.nextInt(100_000_000), UUID.randomUUID().toString().substring(0, 13),
                        random.nextInt(COURIERS), jurisdiction, deliveryMethod, euros, card, euros - card);
    }

    static String codeConfirmation() {
        return evidence("CARRIER", "OTP_CONFIRMATION", "{\"channel\":\"IN_PERSON\"}");
    }

    static String gpsScan() {
        return evidence("CARRIER", "GPS_SCAN", "{\"distanceMeters\":" + ThreadLocalRandom.current().nextInt(5, 400) + "}");
    }

    static String callLog() {
        return evidence("CUSTOMER", "COMMUNICATION_LOG", "{}");
    }

    static String evidence(String party, String type, String attributes) {
        return """
                {"evidenceId":"%s","party":"%s","type":"%s","capturedAt":"2026-11-20T15:39:10Z",\
                "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",\
                "uri":"https://evidence.example/%s","description":"%s from %s","attributes":%s}"""
                .formatted(UUID.randomUUID(), party, type, UUID.randomUUID(), type, party, attributes);
    }

    /** The {@code Authorization} header of a demo user. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
