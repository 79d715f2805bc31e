package org.disputes.console.api;

import org.disputes.console.config.ConsoleProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The command service (API.md "Commands"), as the signed-in person; every call carries the form's key. */
@Component
public class CommandApi {

    private final ServiceClient http;

    public CommandApi(ConsoleProperties properties) {
        this.http = new ServiceClient("command", properties.commandUrl(), properties.serviceTimeout());
    }

    public Map<String, Object> fileClaim(Map<String, Object> claim, String idempotencyKey) {
        return http.post("/api/delivery-claims", claim, idempotencyKey);
    }

    public Map<String, Object> openDispute(Map<String, Object> dispute, String idempotencyKey) {
        return http.post("/api/disputes", dispute, idempotencyKey);
    }

    public Map<String, Object> addEvidence(String caseId, Map<String, Object> evidence, String idempotencyKey) {
        return http.post("/api/cases/" + caseId + "/evidence", evidence, idempotencyKey);
    }

    public Map<String, Object> recordFraudSuspicion(String caseId, boolean regulatorNotified, String note,
                                                    String idempotencyKey) {
        return http.post("/api/cases/" + caseId + "/fraud-suspicion",
                Map.of("regulatorNotified", regulatorNotified, "note", note == null ? "" : note), idempotencyKey);
    }

    public Map<String, Object> decide(String caseId, String outcome, String justification, String idempotencyKey) {
        return http.post("/api/cases/" + caseId + "/decision",
                Map.of("outcome", outcome, "justification", justification), idempotencyKey);
    }

    public Map<String, Object> appeal(String caseId, String reason, String idempotencyKey) {
        return http.post("/api/cases/" + caseId + "/appeal", Map.of("reason", reason), idempotencyKey);
    }

    public Map<String, Object> reportScam(Map<String, Object> report, String idempotencyKey) {
        return http.post("/api/scam-reports", report, idempotencyKey);
    }

    /** One of {@code confirm}, {@code dismiss}, {@code takedown-requested}, {@code taken-down}, {@code referred}. */
    public Map<String, Object> actOnScamContact(String contactId, String action, Map<String, Object> body,
                                                String idempotencyKey) {
        return http.post("/api/scam-contacts/" + contactId + "/" + action, body, idempotencyKey);
    }

    // webhooks (operator): API.md "Webhooks (OPERATOR)"

    public List<Map<String, Object>> webhooks() {
        return http.get(u -> u.path("/api/webhooks").build(), ServiceClient.LIST);
    }

    public Map<String, Object> webhook(String webhookId) {
        return http.get(u -> u.path("/api/webhooks/{id}").build(webhookId), ServiceClient.OBJECT);
    }

    /**
     * Subscribes; the answer carries the secret, shown once. No {@code Idempotency-Key}: the service would keep this
     * answer, secret included, to replay it; the console guards a repeated form itself.
     */
    /** A customer's erasure (PRIVACY): answered whether it erased now or had already. */
    public Map<String, Object> erase(String customerId, String reference, String basis, String idempotencyKey) {
        return http.post("/api/customers/" + org.springframework.web.util.UriUtils.encodePathSegment(customerId,
                        java.nio.charset.StandardCharsets.UTF_8) + "/erasure",
                Map.of("reference", reference, "basis", basis), idempotencyKey);
    }

    public Map<String, Object> subscribe(Map<String, Object> subscription) {
        return http.post("/api/webhooks", subscription, null);
    }

    public Map<String, Object> changeWebhook(String webhookId, Map<String, Object> changes) {
        return http.patch("/api/webhooks/" + webhookId, changes);
    }

    public void deleteWebhook(String webhookId) {
        http.delete("/api/webhooks/" + webhookId);
    }

    /** A new secret, shown once; no {@code Idempotency-Key}, for the reason given at {@link #subscribe}. */
    public Map<String, Object> rotateWebhookSecret(String webhookId) {
        return http.post("/api/webhooks/" + webhookId + "/rotate-secret", Map.of(), null);
    }

    /** The delivery log, newest first; {@code status} PENDING, DELIVERED or FAILED, or blank for all. */
    public List<Map<String, Object>> webhookDeliveries(String webhookId, String status) {
        return http.get(u -> {
            org.springframework.web.util.UriBuilder b = u.path("/api/webhooks/{id}/deliveries");
            if (status != null && !status.isBlank()) {
                b.queryParam("status", status);
            }
            return b.build(webhookId);
        }, ServiceClient.LIST);
    }

    public Map<String, Object> redeliver(String deliveryId, String idempotencyKey) {
        return http.post("/api/webhooks/deliveries/" + deliveryId + "/redeliver", Map.of(), idempotencyKey);
    }

    // dead letters (operator): docs/DEAD-LETTERS.md

    /** The saga's and the webhooks' parked sequences: {@code {"items": [...], "total"}}. */
    public Map<String, Object> deadLetters() {
        return http.get(u -> u.path("/api/dead-letters").build(), ServiceClient.OBJECT);
    }

    public Map<String, Object> retryDeadLetters(String group, String sequenceId) {
        return http.post("/api/dead-letters/" + group + "/" + sequenceId + "/retry", Map.of(), null);
    }

    public void evictDeadLetters(String group, String sequenceId) {
        http.delete("/api/dead-letters/" + group + "/" + sequenceId);
    }
}
