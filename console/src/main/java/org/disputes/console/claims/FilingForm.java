package org.disputes.console.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim form and the dispute form (they share parties, amount and tenders), bound from the page and turned
 * into API.md's request. Text is sent as typed (trimmed): the service validates and names what it refuses.
 */
public class FilingForm {

    /** One row of what the customer paid with. */
    public static class Tender {
        private String method = "CARD";
        private String amount = "";

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    private String idempotencyKey;
    private String orderId = "";
    private String customerId = "";
    private String sellerId = "";
    private String carrierId = "";
    private String courierId = "";
    private String jurisdiction = "FR";
    private String deliveryMethod = "SECURE_OTP";
    private String amount = "";
    private String currency = "EUR";
    private String claimedAmount = "";
    private String carrierReportedDeliveredAt = "";
    private String statement = "";
    private String reason = "UNAUTHORIZED_TRANSACTION";
    private String transactionAt = "";
    private String deliveredAt = "";
    private List<Tender> tenders = new ArrayList<>(List.of(new Tender()));

    /** The delivery claim as {@code POST /api/delivery-claims} takes it. */
    public Map<String, Object> claim(java.util.function.Function<String, String> instant) {
        Map<String, Object> body = common();
        put(body, "courierId", courierId);
        put(body, "deliveryMethod", deliveryMethod);
        put(body, "carrierReportedDeliveredAt", instant.apply(carrierReportedDeliveredAt));
        put(body, "statement", statement);
        return body;
    }

    /** The customer dispute as {@code POST /api/disputes} takes it. */
    public Map<String, Object> dispute(java.util.function.Function<String, String> instant) {
        Map<String, Object> body = common();
        put(body, "courierId", courierId);
        put(body, "reason", reason);
        put(body, "transactionAt", instant.apply(transactionAt));
        put(body, "deliveredAt", instant.apply(deliveredAt));
        put(body, "statement", statement);
        return body;
    }

    private Map<String, Object> common() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "orderId", orderId);
        put(body, "customerId", customerId);
        put(body, "sellerId", sellerId);
        put(body, "carrierId", carrierId);
        put(body, "jurisdiction", jurisdiction);
        body.put("amount", Map.of("value", trim(amount), "currency", trim(currency)));
        if (!trim(claimedAmount).isEmpty()) {
            body.put("claimedAmount", Map.of("value", trim(claimedAmount), "currency", trim(currency)));
        }
        body.put("tenders", tenders.stream().filter(t -> !trim(t.amount).isEmpty())
                .map(t -> Map.of("method", trim(t.method), "amount", trim(t.amount))).toList());
        return body;
    }

    private static void put(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.trim());
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    public void addTender() {
        tenders.add(new Tender());
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { idempotencyKey = v; }
    public String getOrderId() { return orderId; }
    public void setOrderId(String v) { orderId = v; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }
    public String getSellerId() { return sellerId; }
    public void setSellerId(String v) { sellerId = v; }
    public String getCarrierId() { return carrierId; }
    public void setCarrierId(String v) { carrierId = v; }
    public String getCourierId() { return courierId; }
    public void setCourierId(String v) { courierId = v; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String v) { jurisdiction = v; }
    public String getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(String v) { deliveryMethod = v; }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public String getClaimedAmount() { return claimedAmount; }
    public void setClaimedAmount(String v) { claimedAmount = v; }
    public String getCarrierReportedDeliveredAt() { return carrierReportedDeliveredAt; }
    public void setCarrierReportedDeliveredAt(String v) { carrierReportedDeliveredAt = v; }
    public String getStatement() { return statement; }
    public void setStatement(String v) { statement = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getTransactionAt() { return transactionAt; }
    public void setTransactionAt(String v) { transactionAt = v; }
    public String getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(String v) { deliveredAt = v; }
    public List<Tender> getTenders() { return tenders; }
    public void setTenders(List<Tender> v) { tenders = v; }
}
