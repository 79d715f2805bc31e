package org.disputes.console.api;

import org.disputes.console.config.ConsoleProperties;
import org.disputes.console.security.Person;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The query service (API.md "Queries", "Audit"), as the signed-in person. */
@Component
public class QueryApi {

    private final ServiceClient http;

    public QueryApi(ConsoleProperties properties) {
        this.http = new ServiceClient("query", properties.queryUrl(), properties.serviceTimeout());
    }

    /** Who {@code name} and {@code password} belong to, or empty when the service does not know them. */
    public Optional<Person> whoIs(String name, String password) {
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (name + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return http.getAs("/api/me", credentials).map(me -> new Person(String.valueOf(me.get("name")),
                String.valueOf(me.get("role")), me.get("partyId") == null ? null : me.get("partyId").toString(),
                password));
    }

    /** The case view; with {@code minVersion}, as it stands once it shows that version (read your own writes). */
    public Map<String, Object> caseView(String caseId, Integer minVersion) {
        return http.get(u -> {
            UriBuilder b = u.path("/api/cases/{id}");
            if (minVersion != null) {
                b.queryParam("minVersion", minVersion);
            }
            return b.build(caseId);
        }, ServiceClient.OBJECT);
    }

    public List<Map<String, Object>> timeline(String caseId) {
        return http.get(u -> u.path("/api/cases/{id}/timeline").build(caseId), ServiceClient.LIST);
    }

    public Map<String, Object> search(Map<String, String> filters, int page, int size) {
        return http.get(u -> {
            UriBuilder b = u.path("/api/cases");
            filters.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    b.queryParam(k, v.trim());
                }
            });
            return b.queryParam("page", page).queryParam("size", size).build();
        }, ServiceClient.OBJECT);
    }

    public Object agentQueue() {
        return http.get(u -> u.path("/api/queues/agent").build(), ServiceClient.ANY);
    }

    public Object escalationQueue(String tier) {
        return http.get(u -> {
            UriBuilder b = u.path("/api/queues/escalation");
            if (tier != null && !tier.isBlank()) {
                b.queryParam("tier", tier);
            }
            return b.build();
        }, ServiceClient.ANY);
    }

    public Object myCases(String status) {
        return http.get(u -> {
            UriBuilder b = u.path("/api/parties/me/cases");
            if (status != null && !status.isBlank()) {
                b.queryParam("status", status);
            }
            return b.build();
        }, ServiceClient.ANY);
    }

    public Map<String, Object> courier(String courierId) {
        return http.get(u -> u.path("/api/couriers/{id}").build(courierId), ServiceClient.OBJECT);
    }

    public List<Map<String, Object>> auditEvents(String caseId) {
        return http.get(u -> u.path("/api/audit/cases/{id}/events").build(caseId), ServiceClient.LIST);
    }

    public Map<String, Object> verify(String caseId) {
        return http.get(u -> u.path("/api/audit/cases/{id}/verify").build(caseId), ServiceClient.OBJECT);
    }

    public Map<String, Object> stateAsOf(String caseId, java.time.Instant asOf) {
        return http.get(u -> u.path("/api/audit/cases/{id}/state").queryParam("asOf", asOf.toString()).build(caseId),
                ServiceClient.OBJECT);
    }

    /** The erasure register, newest first (PRIVACY, REGULATOR). */
    public List<Map<String, Object>> erasures() {
        return http.get(u -> u.path("/api/erasures").build(), ServiceClient.LIST);
    }

    public Map<String, Object> stats(String from, String to, String jurisdiction) {
        return http.get(u -> optional(optional(optional(u.path("/api/stats"), "from", from), "to", to),
                "jurisdiction", jurisdiction).build(), ServiceClient.OBJECT);
    }

    public void exportEvents(String from, String to, String jurisdiction, OutputStream sink) {
        http.stream(u -> optional(optional(optional(u.path("/api/audit/events"), "from", from), "to", to),
                "jurisdiction", jurisdiction).build(), sink);
    }

    public Map<String, Object> scamContacts(Map<String, String> filters, int page, int size) {
        return http.get(u -> {
            UriBuilder b = u.path("/api/scam-contacts");
            filters.forEach((k, v) -> optional(b, k, v));
            return b.queryParam("page", page).queryParam("size", size).build();
        }, ServiceClient.OBJECT);
    }

    public Map<String, Object> scamContact(String contactId) {
        return http.get(u -> u.path("/api/scam-contacts/{id}").build(contactId), ServiceClient.OBJECT);
    }

    public Map<String, Object> lookUpScamContact(String channel, String contact) {
        return http.get(u -> u.path("/api/scam-contacts/lookup").queryParam("channel", channel)
                .queryParam("contact", contact).build(), ServiceClient.OBJECT);
    }

    private static UriBuilder optional(UriBuilder b, String name, String value) {
        return value == null || value.isBlank() ? b : b.queryParam(name, value.trim());
    }

    // dead letters (operator): docs/DEAD-LETTERS.md

    /** The views' parked sequences: {@code {"items": [...], "total"}}. */
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
