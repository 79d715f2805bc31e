package org.disputes.acceptance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of API.md, built the way the stories need them. */
final class Stories {

    private Stories() {
    }

    static Map<String, Object> deliveryClaim(String customerId) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("orderId", "IT-403-2291");
        claim.put("customerId", customerId);
        claim.put("sellerId", "SELLER-1");
        claim.put("carrierId", "CARRIER-1");
        claim.put("courierId", "COURIER-19");
        claim.put("jurisdiction", "FR");
        claim.put("deliveryMethod", "SECURE_OTP");
        claim.put("amount", Map.of("value", "1229.00", "currency", "EUR"));
        claim.put("tenders", List.of(Map.of("method", "CARD", "amount", "1000.00"),
                Map.of("method", "GIFT_CARD", "amount", "229.00")));
        claim.put("carrierReportedDeliveredAt", "2024-06-25T15:40:00Z");
        claim.put("statement", "The courier phoned, said my code was invalid, and never came back.");
        return claim;
    }

    static Map<String, Object> evidence(String party, String type, Map<String, Object> attributes) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("evidenceId", UUID.randomUUID().toString());
        evidence.put("party", party);
        evidence.put("type", type);
        evidence.put("capturedAt", "2024-06-25T15:39:10Z");
        evidence.put("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        evidence.put("uri", "https://evidence.example/" + type.toLowerCase());
        evidence.put("description", type + " from " + party);
        evidence.put("attributes", attributes);
        return evidence;
    }

    static String uniqueCustomer() {
        return "CUST-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
