package org.disputes.command.webhooks;

import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks webhook requests field by field, naming every field that is wrong; nothing is stored unless all hold. */
final class WebhookRequestReader {

    static final int MAX_DESCRIPTION = 500;
    /** The same form of party id as a case's sellerId and carrierId. */
    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
    private final List<FieldProblem> problems = new ArrayList<>();
    private final TargetGuard guard;

    WebhookRequestReader(TargetGuard guard) {
        this.guard = guard;
    }

    /** The checked parts of a new subscription. */
    record NewSubscription(String url, List<WebhookEventType> events, String sellerId, String carrierId,
                           String description) {
    }

    NewSubscription create(WebhookRequests.Create body) {
        if (body == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        String url = url(body.url());
        List<WebhookEventType> events = events(body.events());
        partyId("sellerId", body.sellerId());
        partyId("carrierId", body.carrierId());
        if (body.description() != null && body.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        throwIfAny();
        return new NewSubscription(url, events, body.sellerId(), body.carrierId(), body.description());
    }

    /** The subscription with the changes asked for. */
    Subscription update(Subscription current, WebhookRequests.Update body, java.time.Instant now) {
        if (body == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        String url = body.url() == null ? current.url() : url(body.url());
        List<WebhookEventType> events = body.events() == null ? current.events() : events(body.events());
        throwIfAny();
        boolean active = body.active() == null ? current.active() : body.active();
        return new Subscription(current.id(), url, events, current.sellerId(), current.carrierId(),
                current.description(), active, current.secret(), current.previousSecret(),
                current.previousSecretUntil(), current.createdBy(), current.createdAt(), now);
    }

    static UUID id(String field, String value) {
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiProblem.invalid(field, "must be a UUID");
    }

    private String url(String value) {
        StringBuilder problem = new StringBuilder();
        Optional<URI> uri = TargetGuard.parse(value, problem);
        if (uri.isEmpty()) {
            problems.add(new FieldProblem("url", problem.toString()));
            return null;
        }
        Optional<String> refused = guard.refusal(uri.get());
        refused.ifPresent(reason -> problems.add(new FieldProblem("url", reason)));
        return value;
    }

    private List<WebhookEventType> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem("events", "must name at least one event type: "
                    + WebhookEventType.allowed()));
            return List.of();
        }
        if (names.size() > WebhookEventType.values().length) {
            problems.add(new FieldProblem("events", "must have at most " + WebhookEventType.values().length
                    + " entries"));
            return List.of();
        }
        Set<WebhookEventType> types = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<WebhookEventType> type = WebhookEventType.fromWireName(names.get(i));
            if (type.isEmpty()) {
                problems.add(new FieldProblem("events[" + i + "]", "must be one of " + WebhookEventType.allowed()));
            } else {
                types.add(type.get());
            }
        }
        return List.copyOf(types);
    }

    private void partyId(String field, String value) {
        if (value != null && !PARTY_ID.matcher(value).matches()) {
            problems.add(new FieldProblem(field,
                    "must be a party id: 1 to 64 letters, digits or . _ : / # - (starting with a letter or digit)"));
        }
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
