package org.disputes.command.webhooks;

import java.util.List;

/** The bodies of API.md's webhook endpoints, as sent. */
final class WebhookRequests {

    private WebhookRequests() {
    }

    record Create(String url, List<String> events, String sellerId, String carrierId, String description) {
    }

    /** Only what is present changes. */
    record Update(Boolean active, List<String> events, String url) {
    }
}
