package org.disputes.command.web;

import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads request bodies into commands, checking the form of every field (presence, length, format) and naming
 * each field that is wrong. The rules of a case itself (amounts adding up, jurisdictions served, …) are the
 * aggregate's to enforce.
 */
final class RequestReader {

    static final int MAX_STATEMENT = 4000;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_URI = 2048;
    static final int MAX_ATTRIBUTE_TEXT = 1000;
    static final int MAX_TENDERS = 20;
    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Set<String> URI_SCHEMES = Set.of("https", "http", "s3", "urn");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Supplier<UUID> ids;

    private RequestReader(Supplier<UUID> ids) {
        this.ids = ids;
    }

    static FileDeliveryClaim deliveryClaim(DeliveryClaimRequest body, Supplier<UUID> ids) {
        Opening opening = new RequestReader(ids).opening(body);
        return new FileDeliveryClaim(opening.caseId(), opening.purchase(), opening.claimed(), body.deliveryMethod(),
                body.carrierReportedDeliveredAt(), body.statement());
    }

    static OpenCustomerDispute dispute(DisputeRequest body, Supplier<UUID> ids) {
        Opening opening = new RequestReader(ids).opening(body);
        return new OpenCustomerDispute(opening.caseId(), opening.purchase(), opening.claimed(), body.reason(),
                body.transactionAt(), body.deliveredAt(), body.statement());
    }

    /** What opening any case needs: its id, the purchase, the amount claimed, the customer's statement. */
    private Opening opening(CaseOpeningRequest body) {
        requireBody(body);
        CaseId caseId = new CaseId(uuidOrNew("caseId", body.caseId()));
        Purchase purchase = purchase(body.orderId(), body.customerId(), body.sellerId(), body.carrierId(),
                body.courierId(), body.jurisdiction(), body.amount(), body.tenders());
        Money claimed = optionalMoney("claimedAmount", body.claimedAmount());
        text("statement", body.statement(), MAX_STATEMENT);
        throwIfAny();
        return new Opening(caseId, purchase, claimed);
    }

    private record Opening(CaseId caseId, Purchase purchase, Money claimed) {
    }

    static SubmitEvidence evidence(CaseId caseId, EvidenceRequest body, Supplier<UUID> ids) {
        RequestReader read = new RequestReader(ids);
        requireBody(body);
        EvidenceId evidenceId = new EvidenceId(read.uuidOrNew("evidenceId", body.evidenceId()));
        Sha256 sha256 = null;
        if (read.present("sha256", body.sha256())) {
            if (Sha256.isWellFormed(body.sha256())) {
                sha256 = new Sha256(body.sha256());
            } else {
                read.problem("sha256", "must be 64 lower-case hex characters");
            }
        }
        URI uri = read.uri("uri", body.uri());
        read.text("description", body.description(), MAX_DESCRIPTION);
        EvidenceAttributes attributes = read.attributes(body.attributes());
        read.throwIfAny();
        return new SubmitEvidence(caseId, evidenceId, body.party(), body.type(), body.capturedAt(), sha256, uri,
                body.description(), attributes);
    }

    /** A case id from the path, held to the same canonical form as one in a body (no "1-1-1-1-1" alias). */
    static CaseId caseId(String value) {
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return new CaseId(uuid);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiProblem.invalid("caseId", "must be a UUID");
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ApiProblem.invalid("body", "is required");
        }
    }

    private Purchase purchase(String orderId, String customerId, String sellerId, String carrierId, String courierId,
                              String jurisdiction, MoneyRequest amount, List<TenderRequest> tenders) {
        boolean complete = partyId("orderId", orderId, true) & partyId("customerId", customerId, true)
                & partyId("sellerId", sellerId, true);
        partyId("carrierId", carrierId, false);
        partyId("courierId", courierId, false);
        Jurisdiction where = null;
        if (present("jurisdiction", jurisdiction)) {
            if (Jurisdiction.isWellFormed(jurisdiction)) {
                where = new Jurisdiction(jurisdiction);
            } else {
                problem("jurisdiction", "must be an ISO 3166-1 alpha-2 code such as FR");
            }
        }
        Money total = money("amount", amount);
        List<Tender> paid = tenders(tenders);
        if (!complete || where == null || total == null || paid == null) {
            return null;
        }
        return new Purchase(orderId, customerId, sellerId, carrierId, courierId, where, total, paid);
    }

    private List<Tender> tenders(List<TenderRequest> tenders) {
        if (tenders == null) {
            problem("tenders", "is required");
            return null;
        }
        if (tenders.size() > MAX_TENDERS) {
            problem("tenders", "must have at most " + MAX_TENDERS + " entries");
            return null;
        }
        List<Tender> result = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i++) {
            TenderRequest tender = tenders.get(i);
            String field = "tenders[" + i + "]";
            if (tender == null) {
                problem(field, "is required");
                continue;
            }
            if (tender.method() == null) {
                problem(field + ".method", "is required");
            }
            BigDecimal amount = decimal(field + ".amount", tender.amount());
            if (tender.method() != null && amount != null) {
                result.add(new Tender(tender.method(), amount));
            }
        }
        return result.size() == tenders.size() ? result : null;
    }

    private Money optionalMoney(String field, MoneyRequest money) {
        return money == null ? null : money(field, money);
    }

    private Money money(String field, MoneyRequest money) {
        if (money == null) {
            problem(field, "is required");
            return null;
        }
        BigDecimal value = decimal(field + ".value", money.value());
        Currency currency = null;
        if (present(field + ".currency", money.currency())) {
            currency = currency(money.currency());
            if (currency == null) {
                problem(field + ".currency", "must be an ISO 4217 currency code such as EUR");
            }
        }
        return value == null || currency == null ? null : new Money(value, currency);
    }

    private static Currency currency(String code) {
        if (!CURRENCY.matcher(code).matches()) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private BigDecimal decimal(String field, String value) {
        if (!present(field, value)) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problem(field, "must be a decimal string such as \"1229.00\"");
            return null;
        }
        return new BigDecimal(value);
    }

    private boolean partyId(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                problem(field, "is required");
            }
            return !required;
        }
        if (!PARTY_ID.matcher(value).matches()) {
            problem(field, "must be 1 to 64 letters, digits or . _ : / # - (starting with a letter or digit)");
            return false;
        }
        return true;
    }

    private UUID uuidOrNew(String field, String value) {
        if (value == null) {
            return ids.get();
        }
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem(field, "must be a UUID such as 3f2b8c1e-5d4a-4c2e-9b7f-1a2b3c4d5e6f");
        return ids.get();
    }

    private URI uri(String field, String value) {
        if (!present(field, value)) {
            return null;
        }
        if (value.length() > MAX_URI) {
            problem(field, "must be at most " + MAX_URI + " characters");
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && URI_SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problem(field, "must be an absolute URI with scheme " + new java.util.TreeSet<>(URI_SCHEMES));
        return null;
    }

    private void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problem(field, "must be at most " + max + " characters");
        }
    }

    private EvidenceAttributes attributes(Map<String, Object> attributes) {
        if (attributes == null) {
            return EvidenceAttributes.NONE;
        }
        attributes.forEach((key, value) -> {
            String field = "attributes." + key;
            if (!ATTRIBUTE_KEY.matcher(key).matches()) {
                problem("attributes", "names must be 1 to 64 letters, digits or _, starting with a letter");
            } else if (value instanceof String s) {
                text(field, s, MAX_ATTRIBUTE_TEXT);
            } else if (!(value instanceof Number) && !(value instanceof Boolean)) {
                problem(field, "must be a string, a number or a boolean");
            }
        });
        return new EvidenceAttributes(attributes);
    }

    private boolean present(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return false;
        }
        return true;
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }
}
