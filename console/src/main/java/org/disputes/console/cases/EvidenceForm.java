package org.disputes.console.cases;

import org.disputes.console.security.Person;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The evidence form: the item's envelope and the attributes of its type ({@code attributes[channel]}). */
public class EvidenceForm {

    private String idempotencyKey;
    private String party = "CUSTOMER";
    private String type = "COMMUNICATION_LOG";
    private String capturedAt = "";
    private String sha256 = "";
    private String uri = "";
    private String description = "";
    private Map<String, String> attributes = new LinkedHashMap<>();

    static EvidenceForm blank(Person me, String now) {
        EvidenceForm form = new EvidenceForm();
        form.party = EvidenceCatalogue.partiesFor(me.role()).get(0);
        if (me.is("SELLER", "CARRIER")) {
            form.type = "SIGNATURE";
        }
        form.capturedAt = now;
        return form;
    }

    /** The request of {@code POST /api/cases/{id}/evidence}; only the chosen type's attributes, typed. */
    Map<String, Object> body(java.util.function.Function<String, String> instant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("party", party);
        body.put("type", type);
        putText(body, "capturedAt", instant.apply(capturedAt));
        putText(body, "sha256", sha256);
        putText(body, "uri", uri);
        putText(body, "description", description);
        Map<String, Object> typed = new LinkedHashMap<>();
        for (EvidenceCatalogue.Attribute a : EvidenceCatalogue.attributesOf(type)) {
            String value = attributes.get(a.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            typed.put(a.name(), a.isBoolean() ? (Object) Boolean.valueOf(value.trim())
                    : a.isNumber() ? number(value.trim()) : value.trim());
        }
        body.put("attributes", typed);
        return body;
    }

    private static Object number(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static void putText(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.trim());
        }
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { idempotencyKey = v; }
    public String getParty() { return party; }
    public void setParty(String v) { party = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getCapturedAt() { return capturedAt; }
    public void setCapturedAt(String v) { capturedAt = v; }
    public String getSha256() { return sha256; }
    public void setSha256(String v) { sha256 = v; }
    public String getUri() { return uri; }
    public void setUri(String v) { uri = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Map<String, String> getAttributes() { return attributes; }
    public void setAttributes(Map<String, String> v) { attributes = v; }
}
