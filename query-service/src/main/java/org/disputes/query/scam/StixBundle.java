package org.disputes.query.scam;

import org.disputes.api.scam.NameBasedUuid;
import org.disputes.api.scam.ScamChannel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Scam contacts as a STIX 2.1 bundle, for partners and law enforcement: per contact an {@code indicator} (a standard
 * pattern for a domain or an e-mail address; phone numbers as the custom observable {@code x-disputes-phone-number},
 * alphanumeric SMS senders as {@code x-disputes-sms-sender}), a {@code sighting} of it (how many reports, first and
 * last), and each impersonated brand as an {@code identity}. Ids are UUIDv5 of the contact (or brand), so the same
 * contact always has the same STIX ids. Nothing about a customer is in it: no customer id, case, description or loss.
 */
final class StixBundle {

    static final String MEDIA_TYPE = "application/stix+json;version=2.1";
    /** Namespace of this project's STIX ids (a fixed random UUID). */
    static final UUID NAMESPACE = UUID.fromString("b1d0e6a4-3c7f-5e2a-9f41-7c2d8e5a0b36");
    private static final DateTimeFormatter STIX_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StixBundle() {
    }

    static Map<String, Object> of(List<ScamContactViews.Summary> contacts, UUID bundleId) {
        Map<String, Map<String, Object>> identities = new LinkedHashMap<>();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (ScamContactViews.Summary contact : contacts) {
            List<String> brandRefs = new ArrayList<>();
            for (String brand : contact.impersonatedBrands()) {
                String id = id("identity", "identity:" + brand.toLowerCase(Locale.ROOT));
                brandRefs.add(id);
                Map<String, Object> known = identities.get(id);
                if (known == null || Instant.parse((String) known.get("created")).isAfter(contact.firstReportedAt())) {
                    identities.put(id, identity(id, brand, contact.firstReportedAt()));
                }
            }
            String indicatorId = id("indicator", "indicator:" + contact.contactId());
            objects.add(indicator(indicatorId, contact, brandRefs));
            objects.add(sighting(id("sighting", "sighting:" + contact.contactId()), indicatorId, contact));
        }
        List<Map<String, Object>> all = new ArrayList<>(identities.values());
        all.addAll(objects);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + bundleId);
        bundle.put("objects", all);
        return bundle;
    }

    /** The indicator's pattern: STIX's own observables where there is one, this project's custom ones otherwise. */
    static String pattern(String channel, String contact) {
        String value = "'" + contact.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return switch (ScamChannel.valueOf(channel)) {
            case WEBSITE -> "[domain-name:value = " + value + "]";
            case EMAIL -> "[email-addr:value = " + value + "]";
            case PHONE -> "[x-disputes-phone-number:value = " + value + "]";
            case SMS -> contact.startsWith("+") ? "[x-disputes-phone-number:value = " + value + "]"
                    : "[x-disputes-sms-sender:value = " + value + "]";
        };
    }

    private static Map<String, Object> identity(String id, String brand, Instant created) {
        Map<String, Object> identity = common("identity", id, created, created);
        identity.put("name", brand);
        identity.put("identity_class", "organization");
        return identity;
    }

    private static Map<String, Object> indicator(String id, ScamContactViews.Summary contact, List<String> brandRefs) {
        Map<String, Object> indicator = common("indicator", id, contact.firstReportedAt(), contact.updatedAt());
        indicator.put("name", contact.channel().toLowerCase(Locale.ROOT) + " contact " + contact.contact()
                + " impersonating " + String.join(", ", contact.impersonatedBrands()));
        indicator.put("indicator_types", List.of("CONFIRMED".equals(contact.status())
                ? "malicious-activity" : "anomalous-activity"));
        indicator.put("pattern", pattern(contact.channel(), contact.contact()));
        indicator.put("pattern_type", "stix");
        indicator.put("pattern_version", "2.1");
        indicator.put("valid_from", time(contact.firstReportedAt()));
        indicator.put("x_disputes_status", contact.status());
        indicator.put("x_disputes_impersonated_refs", brandRefs);
        return indicator;
    }

    private static Map<String, Object> sighting(String id, String indicatorId, ScamContactViews.Summary contact) {
        Map<String, Object> sighting = common("sighting", id, contact.firstReportedAt(), contact.updatedAt());
        sighting.put("sighting_of_ref", indicatorId);
        sighting.put("count", Math.min(contact.reports(), 999_999_999L));
        sighting.put("first_seen", time(contact.firstReportedAt()));
        sighting.put("last_seen", time(contact.lastReportedAt()));
        return sighting;
    }

    private static Map<String, Object> common(String type, String id, Instant created, Instant modified) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", type);
        object.put("spec_version", "2.1");
        object.put("id", id);
        object.put("created", time(created));
        object.put("modified", time(modified.isBefore(created) ? created : modified));
        return object;
    }

    static String id(String type, String name) {
        return type + "--" + NameBasedUuid.v5(NAMESPACE, name);
    }

    private static String time(Instant instant) {
        return STIX_TIME.format(instant);
    }
}
