package org.disputes.command.scam;

import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.scam.ContactNormaliser;
import org.disputes.api.scam.NormalisedContact;
import org.disputes.api.scam.ReportScamContact;
import org.disputes.api.scam.ScamChannel;
import org.disputes.api.scam.UnreadableContact;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;
import org.disputes.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the body of a scam report into a command, naming every field that is wrong; the contact is normalised here,
 * before anything is stored, reading a national phone number by the report's country, else the case's jurisdiction.
 * Also holds the form rules of what people do with a contact (justifications, addressees, references).
 */
final class ScamReportReader {

    static final int MAX_BRAND = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MIN_JUSTIFICATION = 20;
    static final int MAX_TEXT = 4000;
    static final int MAX_NAME = 200;
    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<FieldProblem> problems = new ArrayList<>();

    private ScamReportReader() {
    }

    /**
     * @param jurisdictions where a case was filed, empty for a case nobody filed (then 404 {@code CASE_NOT_FOUND})
     */
    static ReportScamContact report(ScamRequests.Report body, Function<CaseId, Optional<String>> jurisdictions) {
        if (body == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        ScamReportReader read = new ScamReportReader();
        if (body.channel() == null) {
            read.problem("channel", "is required: one of " + Arrays.toString(ScamChannel.values()));
        }
        read.line("impersonatedBrand", body.impersonatedBrand(), MAX_BRAND, true);
        if (body.customerId() == null) {
            read.problem("customerId", "is required");
        } else if (!PARTY_ID.matcher(body.customerId()).matches()) {
            read.problem("customerId", "must be 1 to 64 letters, digits or . _ : / # - (starting with a letter or digit)");
        }
        CaseId caseId = read.caseId(body.caseId());
        read.text("description", body.description(), MAX_DESCRIPTION);
        if (body.country() != null && !COUNTRY.matcher(body.country()).matches()) {
            read.problem("country", "must be an ISO 3166-1 alpha-2 code such as FR");
        }
        Money loss = read.loss(body.amountLost());
        read.throwIfAny();

        String country = body.country();
        if (caseId != null) {
            Optional<String> jurisdiction = jurisdictions.apply(caseId);
            if (jurisdiction.isEmpty()) {
                throw new ApiProblem(HttpStatus.NOT_FOUND, ProblemCode.CASE_NOT_FOUND, "No case has id " + caseId + ".");
            }
            country = country == null ? jurisdiction.get() : country;
        }
        NormalisedContact contact;
        try {
            contact = ContactNormaliser.normalise(body.channel(), body.contact(), country);
        } catch (UnreadableContact e) {
            throw ApiProblem.invalid(e.field(), e.getMessage());
        }
        String url = contact.channel() == ScamChannel.WEBSITE ? body.contact().strip() : null;
        return new ReportScamContact(contact.contactId(), UUID.randomUUID(), contact, url,
                body.impersonatedBrand().strip(), body.customerId(), caseId, body.description(), body.occurredAt(),
                loss, body.paymentMethod());
    }

    /** A person's reason for confirming or dismissing: at least {@value #MIN_JUSTIFICATION} characters. */
    static String justification(ScamRequests.Justification body) {
        String justification = body == null ? null : body.justification();
        if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
            throw ApiProblem.invalid("justification", "is required, at least " + MIN_JUSTIFICATION + " characters");
        }
        ScamReportReader read = new ScamReportReader();
        read.text("justification", justification, MAX_TEXT);
        read.throwIfAny();
        return justification.strip();
    }

    /** A required name (an addressee, an agency) and an optional reference, each one line. */
    static void nameAndReference(String nameField, String name, String reference) {
        ScamReportReader read = new ScamReportReader();
        read.line(nameField, name, MAX_NAME, true);
        read.line("reference", reference, MAX_NAME, false);
        read.throwIfAny();
    }

    private CaseId caseId(String value) {
        if (value == null) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equalsIgnoreCase(value)) {
                return new CaseId(uuid);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problem("caseId", "must be a UUID");
        return null;
    }

    private Money loss(ScamRequests.Loss loss) {
        if (loss == null) {
            return null;
        }
        BigDecimal value = null;
        if (loss.value() == null || !DECIMAL.matcher(loss.value()).matches()) {
            problem("amountLost.value", "must be a decimal string such as \"1229.00\"");
        } else {
            value = new BigDecimal(loss.value());
        }
        Currency currency = Money.knownCurrency(loss.currency()).orElse(null);
        if (currency == null) {
            problem("amountLost.currency", "must be an ISO 4217 currency code such as EUR");
        }
        if (value == null || currency == null) {
            return null;
        }
        if (!Money.fitsMinorUnits(value, currency)) {
            problem("amountLost.value", "has more decimals than " + currency.getCurrencyCode() + " has");
            return null;
        }
        return new Money(value, currency);
    }

    /** One line of text: no control characters at all. */
    private void line(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(field, "is required");
            }
            return;
        }
        if (value.length() > max) {
            problem(field, "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problem(field, "must not contain control characters");
        }
    }

    /** Free text: lines and tabs allowed, other control characters not. */
    private void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problem(field, "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problem(field, "must not contain control characters other than line breaks and tabs");
        }
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
