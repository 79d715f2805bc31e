package org.disputes.console.webhooks;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.util.WebUtils;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The forms whose answer is a secret (subscribing, rotating), by their form key, in the person's session. Such a form
 * is sent without an {@code Idempotency-Key}, because the service would keep its answer, secret included, to replay
 * it; so the console itself makes a form sent twice (double click, refresh, back button) act once, and never shows
 * the secret a second time.
 */
final class SecretForms implements Serializable {

    /** What a form did: the subscription and its secret, or no secret when the form had been sent before. */
    record Outcome(String webhookId, String secret) {
        boolean repeated() {
            return secret == null;
        }
    }

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = SecretForms.class.getName();
    /** A session's forms are few; beyond this the oldest no longer matter. */
    private static final int KEPT = 100;

    private final Map<String, String> webhookByFormKey = new LinkedHashMap<>();

    static SecretForms of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            SecretForms forms = (SecretForms) session.getAttribute(ATTRIBUTE);
            if (forms == null) {
                forms = new SecretForms();
                session.setAttribute(ATTRIBUTE, forms);
            }
            return forms;
        }
    }

    /**
     * Sends the form once: {@code send} answers {@code {webhookId, secret}}. A form sent again while or after the
     * first runs gets the first's subscription without its secret. What the service refused may be sent again.
     */
    synchronized Outcome once(String formKey, Supplier<Map<String, Object>> send) {
        if (formKey != null && webhookByFormKey.containsKey(formKey)) {
            return new Outcome(webhookByFormKey.get(formKey), null);
        }
        Map<String, Object> answer = send.get();
        String webhookId = String.valueOf(answer.get("webhookId"));
        if (formKey != null && !formKey.isBlank()) {
            if (webhookByFormKey.size() >= KEPT) {
                webhookByFormKey.remove(webhookByFormKey.keySet().iterator().next());
            }
            webhookByFormKey.put(formKey, webhookId);
        }
        return new Outcome(webhookId, String.valueOf(answer.get("secret")));
    }
}
