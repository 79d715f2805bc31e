package org.disputes.command.cases;

import org.disputes.platform.problem.ProblemCode;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.command.adjudication.Adjudicator;
import org.disputes.command.adjudication.DecisionSupport;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared builders for the commands and events of a {@link DisputeCase}, a calendar on a fixed clock, and matchers
 * for its refusals. Every builder starts from a valid command; a test changes only what its scenario is about.
 */
final class CaseFixtures {

    /** Friday 20 November 2026, 10:00 in Paris, 04:00 in New York. */
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final Duration RESPONSE_WINDOW = Duration.ofDays(3);
    static final CaseId CASE_ID = CaseId.of("6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d");
    static final EvidenceId EVIDENCE_ID = EvidenceId.of("0a9b8c7d-6e5f-4a3b-8c1d-0e9f8a7b6c5d");
    static final Sha256 SHA = Sha256.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    static final Sha256 OTHER_SHA = Sha256.of("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    static final URI EVIDENCE_URI = URI.create("https://evidence.example/abc");

    static final Map<String, ZoneId> ZONES = Map.of(
            "FR", ZoneId.of("Europe/Paris"),
            "DE", ZoneId.of("Europe/Berlin"),
            "GB", ZoneId.of("Europe/London"),
            "US", ZoneId.of("America/New_York"));

    private CaseFixtures() {
    }

    /** The calendar the aggregate is handed: fixed at {@link #NOW}, next business day for unauthorised payments. */
    static CaseCalendar calendar() {
        return new CaseCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZONES, RESPONSE_WINDOW, Optional.empty());
    }

    static final Duration ESCALATION_SLA = Duration.ofDays(14);
    static final Duration APPEAL_WINDOW = Duration.ofDays(30);

    /** The policy with POLICY.md's default terms, over a history where the claimant and courier have no other cases. */
    static Adjudicator adjudicator() {
        return adjudicator(0, 0);
    }

    static Adjudicator adjudicator(int otherClaimsOfTheClaimant, int patternCasesOfTheCourier) {
        DecisionSupport history = new DecisionSupport() {
            @Override
            public int otherNonReceiptClaims(String customerId, CaseId except, Instant at) {
                return otherClaimsOfTheClaimant;
            }

            @Override
            public int courierPatternCases(String courierId, CaseId except, Instant at) {
                return patternCasesOfTheCourier;
            }
        };
        return new Adjudicator(new org.disputes.command.policy.BurdenOfProofPolicy(),
                org.disputes.command.policy.PolicyTerms.defaults(), history, ESCALATION_SLA, APPEAL_WINDOW);
    }

    static Money eur(String value) {
        return Money.of(value, "EUR");
    }

    static Tender card(String amount) {
        return Tender.of(TenderMethod.CARD, amount);
    }

    static Tender giftCard(String amount) {
        return Tender.of(TenderMethod.GIFT_CARD, amount);
    }

    // ---------------------------------------------------------------- purchase

    static PurchaseBuilder purchase() {
        return new PurchaseBuilder();
    }

    static final class PurchaseBuilder {
        private String carrierId = "CARRIER-1";
        private String courierId = "COURIER-19";
        private Jurisdiction jurisdiction = Jurisdiction.of("FR");
        private Money amount = eur("300.00");
        private List<Tender> tenders = List.of(card("200.00"), giftCard("100.00"));

        PurchaseBuilder carrierId(String carrierId) {
            this.carrierId = carrierId;
            return this;
        }

        PurchaseBuilder courierId(String courierId) {
            this.courierId = courierId;
            return this;
        }

        PurchaseBuilder jurisdiction(String code) {
            this.jurisdiction = Jurisdiction.of(code);
            return this;
        }

        PurchaseBuilder amount(String value, String currency) {
            this.amount = Money.of(value, currency);
            return this;
        }

        PurchaseBuilder tenders(Tender... tenders) {
            this.tenders = List.of(tenders);
            return this;
        }

        /** The amount and a single card tender paying all of it. */
        PurchaseBuilder paidByCard(String value, String currency) {
            return amount(value, currency).tenders(card(value));
        }

        Purchase build() {
            return new Purchase("IT-403-2291", "CUST-77", "SELLER-1", carrierId, courierId, jurisdiction, amount,
                    tenders);
        }
    }

    // ---------------------------------------------------------------- delivery claim

    static ClaimBuilder claim() {
        return new ClaimBuilder();
    }

    static final class ClaimBuilder {
        private Purchase purchase = CaseFixtures.purchase().build();
        private Money claimedAmount;
        private DeliveryMethod deliveryMethod = DeliveryMethod.SECURE_OTP;
        private Instant carrierReportedDeliveredAt = Instant.parse("2026-11-17T15:40:00Z");
        private String statement = "The courier phoned, said my code was invalid, and never came back.";

        ClaimBuilder purchase(PurchaseBuilder purchase) {
            this.purchase = purchase.build();
            return this;
        }

        ClaimBuilder claimedAmount(Money claimedAmount) {
            this.claimedAmount = claimedAmount;
            return this;
        }

        ClaimBuilder deliveryMethod(DeliveryMethod deliveryMethod) {
            this.deliveryMethod = deliveryMethod;
            return this;
        }

        ClaimBuilder carrierReportedDeliveredAt(Instant at) {
            this.carrierReportedDeliveredAt = at;
            return this;
        }

        FileDeliveryClaim command() {
            return new FileDeliveryClaim(CASE_ID, purchase, claimedAmount, deliveryMethod, carrierReportedDeliveredAt,
                    statement);
        }

        /** The event this claim records when filed at {@code filedAt}, with the response window of the calendar. */
        DeliveryClaimFiled filed(Instant filedAt) {
            return new DeliveryClaimFiled(CASE_ID, purchase, claimedAmount == null ? purchase.amount() : claimedAmount,
                    deliveryMethod, carrierReportedDeliveredAt, statement, filedAt, filedAt.plus(RESPONSE_WINDOW));
        }
    }

    /** A claim filed a day before {@link #NOW}: the history most evidence scenarios start from. */
    static DeliveryClaimFiled claimFiled() {
        return claim().filed(NOW.minus(Duration.ofDays(1)));
    }

    static CaseClosed caseClosed() {
        return new CaseClosed(CASE_ID, "Refunded and nothing left to appeal", NOW.minus(Duration.ofHours(1)));
    }

    // ---------------------------------------------------------------- customer dispute

    static DisputeBuilder dispute(DisputeReason reason) {
        return new DisputeBuilder(reason);
    }

    static final class DisputeBuilder {
        private Purchase purchase = CaseFixtures.purchase().carrierId(null).courierId(null).build();
        private Money claimedAmount;
        private DisputeReason reason;
        private Instant transactionAt = Instant.parse("2026-11-02T18:20:00Z");
        private Instant deliveredAt;
        private String statement = "I never made this payment.";

        private DisputeBuilder(DisputeReason reason) {
            this.reason = reason;
            if (reason == DisputeReason.NOT_AS_DESCRIBED) {
                deliveredAt = Instant.parse("2026-11-05T11:00:00Z");
                statement = "The screen arrived cracked.";
            }
        }

        DisputeBuilder purchase(PurchaseBuilder purchase) {
            this.purchase = purchase.build();
            return this;
        }

        DisputeBuilder claimedAmount(Money claimedAmount) {
            this.claimedAmount = claimedAmount;
            return this;
        }

        DisputeBuilder reason(DisputeReason reason) {
            this.reason = reason;
            return this;
        }

        DisputeBuilder transactionAt(Instant transactionAt) {
            this.transactionAt = transactionAt;
            return this;
        }

        DisputeBuilder deliveredAt(Instant deliveredAt) {
            this.deliveredAt = deliveredAt;
            return this;
        }

        OpenCustomerDispute command() {
            return new OpenCustomerDispute(CASE_ID, purchase, claimedAmount, reason, transactionAt, deliveredAt,
                    statement);
        }

        CustomerDisputeOpened opened(Instant filedAt, Instant responseDueBy) {
            return new CustomerDisputeOpened(CASE_ID, purchase, claimedAmount == null ? purchase.amount() : claimedAmount,
                    reason, transactionAt, deliveredAt, statement, filedAt, responseDueBy);
        }
    }

    // ---------------------------------------------------------------- evidence

    static EvidenceBuilder evidence() {
        return new EvidenceBuilder();
    }

    static final class EvidenceBuilder {
        private EvidenceId evidenceId = EVIDENCE_ID;
        private Party party = Party.CARRIER;
        private EvidenceType type = EvidenceType.OTP_CONFIRMATION;
        private Instant capturedAt = Instant.parse("2026-11-17T15:39:10Z");
        private Sha256 sha256 = SHA;
        private URI uri = EVIDENCE_URI;
        private String description = "Code entered on the courier's handset";
        private Map<String, Object> attributes = new LinkedHashMap<>(Map.of("channel", "PHONE"));

        EvidenceBuilder id(EvidenceId evidenceId) {
            this.evidenceId = evidenceId;
            return this;
        }

        EvidenceBuilder party(Party party) {
            this.party = party;
            return this;
        }

        EvidenceBuilder type(EvidenceType type) {
            this.type = type;
            return this;
        }

        EvidenceBuilder by(Party party, EvidenceType type) {
            return party(party).type(type);
        }

        EvidenceBuilder capturedAt(Instant capturedAt) {
            this.capturedAt = capturedAt;
            return this;
        }

        EvidenceBuilder sha256(Sha256 sha256) {
            this.sha256 = sha256;
            return this;
        }

        EvidenceBuilder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        EvidenceBuilder description(String description) {
            this.description = description;
            return this;
        }

        /** Replaces every attribute. */
        EvidenceBuilder attributes(Map<String, Object> attributes) {
            this.attributes = new LinkedHashMap<>(attributes);
            return this;
        }

        /** Adds or replaces one attribute; a null value is recorded as such. */
        EvidenceBuilder attribute(String key, Object value) {
            this.attributes.put(key, value);
            return this;
        }

        SubmitEvidence command() {
            return new SubmitEvidence(CASE_ID, evidenceId, party, type, capturedAt, sha256, uri, description,
                    EvidenceAttributes.of(attributes));
        }

        EvidenceSubmitted submitted(Instant submittedAt) {
            return new EvidenceSubmitted(CASE_ID, evidenceId, party, type, capturedAt, sha256, uri, description,
                    EvidenceAttributes.of(attributes), submittedAt);
        }
    }

    // ---------------------------------------------------------------- matchers for refusals

    /**
     * A {@link CaseRuleViolation} naming exactly these fields (each as often as given, in any order). Fields are
     * what the client sees in a 400's {@code errors}, so the match is on the whole list and not a subset.
     */
    static Matcher<Throwable> violates(String... fields) {
        List<String> expected = Arrays.asList(fields);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                if (!(actual instanceof CaseRuleViolation violation)) {
                    return false;
                }
                List<String> remaining = new ArrayList<>(violation.violations().stream().map(Violation::field).toList());
                for (String field : expected) {
                    if (!remaining.remove(field)) {
                        return false;
                    }
                }
                return remaining.isEmpty();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CaseRuleViolation naming exactly the fields ").appendValue(expected);
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description mismatch) {
                if (actual instanceof CaseRuleViolation violation) {
                    mismatch.appendText("named ").appendValue(violation.violations());
                } else {
                    mismatch.appendText("was ").appendValue(actual);
                }
            }
        };
    }

    /** A {@link CaseConflict} with this code. */
    static Matcher<Throwable> conflict(ProblemCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof CaseConflict conflict && code.equals(conflict.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CaseConflict with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description mismatch) {
                mismatch.appendText("was ").appendValue(actual);
                if (actual instanceof CaseConflict conflict) {
                    mismatch.appendText(" with code ").appendValue(conflict.code());
                }
            }
        };
    }
}
