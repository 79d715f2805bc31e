package org.disputes.command.web;

import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.evidence.SubmitEvidence;
import org.disputes.command.claims.DeliveryClaimRequest;
import org.disputes.command.claims.DisputeRequest;
import org.disputes.command.claims.MoneyRequest;
import org.disputes.command.claims.TenderRequest;
import org.disputes.command.evidence.EvidenceRequest;
import org.disputes.platform.web.ApiProblem;
import org.disputes.platform.web.FieldProblem;
import org.disputes.platform.problem.ProblemCode;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The form of every request field, checked before a command is sent: each wrong field is named in the problem's
 * {@code errors}, all of them at once, and a well-formed request becomes exactly the expected command.
 */
class RequestShapeTest {

    private static final UUID GENERATED = UUID.fromString("11111111-2222-4333-8444-555555555555");
    private static final Supplier<UUID> IDS = () -> GENERATED;
    private static final String CASE_ID = "6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d";
    private static final String EVIDENCE_ID = "0a9b8c7d-6e5f-4a3b-8c1d-0e9f8a7b6c5d";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant DELIVERED = Instant.parse("2026-11-17T15:40:00Z");

    private static final RequestShape SHAPE = new RequestShape(Validation.buildDefaultValidatorFactory().getValidator());

    /** Reads requests as the controllers do: the shape first, then the command it becomes. */
    private static final class Reading {
        static FileDeliveryClaim deliveryClaim(DeliveryClaimRequest body, Supplier<UUID> ids) {
            return SHAPE.check(body).command(ids);
        }

        static OpenCustomerDispute dispute(DisputeRequest body, Supplier<UUID> ids) {
            return SHAPE.check(body).command(ids);
        }

        static SubmitEvidence evidence(CaseId caseId, EvidenceRequest body, Supplier<UUID> ids) {
            return SHAPE.check(body).command(caseId, ids);
        }

        static CaseId caseId(String value) {
            return CasePath.caseId(value);
        }
    }

    // ---------------------------------------------------------------- request builders

    private static final class Claim {
        String caseId;
        String orderId = "IT-403-2291";
        String customerId = "CUST-77";
        String sellerId = "SELLER-1";
        String carrierId = "CARRIER-1";
        String courierId = "COURIER-19";
        String jurisdiction = "FR";
        DeliveryMethod deliveryMethod = DeliveryMethod.SECURE_OTP;
        MoneyRequest amount = new MoneyRequest("1229.00", "EUR");
        List<TenderRequest> tenders = List.of(new TenderRequest(TenderMethod.CARD, "1000.00"),
                new TenderRequest(TenderMethod.GIFT_CARD, "229.00"));
        MoneyRequest claimedAmount;
        Instant carrierReportedDeliveredAt = DELIVERED;
        String statement = "The courier phoned, said my code was invalid, and never came back.";

        DeliveryClaimRequest request() {
            return new DeliveryClaimRequest(caseId, orderId, customerId, sellerId, carrierId, courierId, jurisdiction,
                    deliveryMethod, amount, tenders, claimedAmount, carrierReportedDeliveredAt, statement);
        }

        DisputeRequest dispute(DisputeReason reason, Instant transactionAt, Instant deliveredAt) {
            return new DisputeRequest(caseId, orderId, customerId, sellerId, carrierId, courierId, jurisdiction,
                    reason, amount, tenders, claimedAmount, transactionAt, deliveredAt, statement);
        }
    }

    private static final class Evidence {
        String evidenceId = EVIDENCE_ID;
        Party party = Party.CARRIER;
        EvidenceType type = EvidenceType.OTP_CONFIRMATION;
        Instant capturedAt = Instant.parse("2026-11-17T15:39:10Z");
        String sha256 = SHA;
        String uri = "https://evidence.example/abc";
        String description = "Code entered on the courier's handset";
        Map<String, Object> attributes = new LinkedHashMap<>(Map.of("channel", "PHONE"));

        EvidenceRequest request() {
            return new EvidenceRequest(evidenceId, party, type, capturedAt, sha256, uri, description, attributes);
        }
    }

    private static FileDeliveryClaim readClaim(Claim claim) {
        return Reading.deliveryClaim(claim.request(), IDS);
    }

    private static SubmitEvidence readEvidence(Evidence evidence) {
        return Reading.evidence(CaseId.of(CASE_ID), evidence.request(), IDS);
    }

    /** The problem a reading throws; it must be a 400 VALIDATION_FAILED. */
    private static ApiProblem refusal(Runnable reading) {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, reading::run);
        assertThat(problem).as("an ApiProblem").isNotNull();
        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.code()).isEqualTo(ProblemCode.VALIDATION_FAILED);
        return problem;
    }

    /** The fields the refusal names, each as often as it is named, and no others. */
    private static void assertRefusedNaming(Runnable reading, String... fields) {
        assertThat(refusal(reading).errors()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields);
    }

    private static void assertRefused(Runnable reading, String field, String message) {
        assertThat(refusal(reading).errors()).containsExactly(new FieldProblem(field, message));
    }

    private static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    // ---------------------------------------------------------------- delivery claims: well-formed

    @Test
    void readsAWellFormedDeliveryClaimIntoTheCommand() {
        Claim claim = new Claim();
        claim.caseId = CASE_ID;
        claim.claimedAmount = new MoneyRequest("229.00", "EUR");

        FileDeliveryClaim command = readClaim(claim);

        assertThat(command).isEqualTo(new FileDeliveryClaim(CaseId.of(CASE_ID),
                new Purchase("IT-403-2291", "CUST-77", "SELLER-1", "CARRIER-1", "COURIER-19", Jurisdiction.of("FR"),
                        Money.of("1229.00", "EUR"),
                        List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00"))),
                Money.of("229.00", "EUR"), DeliveryMethod.SECURE_OTP, DELIVERED,
                "The courier phoned, said my code was invalid, and never came back."));
    }

    @Test
    void givesANewCaseItsIdWhenTheClientChoseNone() {
        FileDeliveryClaim command = readClaim(new Claim());

        assertThat(command.caseId()).isEqualTo(new CaseId(GENERATED));
        assertThat(command.claimedAmount()).as("no claimed amount: the aggregate defaults it").isNull();
    }

    @Test
    void acceptsAnUpperCaseCaseId() {
        Claim claim = new Claim();
        claim.caseId = CASE_ID.toUpperCase();

        assertThat(readClaim(claim).caseId()).isEqualTo(CaseId.of(CASE_ID));
    }

    @Test
    void carrierCourierStatementAndDeliveryReportAreOptionalInForm() {
        Claim claim = new Claim();
        claim.carrierId = null;
        claim.courierId = null;
        claim.statement = null;
        claim.carrierReportedDeliveredAt = null;

        FileDeliveryClaim command = readClaim(claim);

        assertThat(command.purchase().carrierId()).isNull();
        assertThat(command.purchase().courierId()).isNull();
        assertThat(command.statement()).isNull();
        assertThat(command.carrierReportedDeliveredAt()).isNull();
    }

    // ---------------------------------------------------------------- required fields

    @Test
    void refusesAMissingBody() {
        assertRefused(() -> Reading.deliveryClaim(null, IDS), "body", "is required");
        assertRefused(() -> Reading.dispute(null, IDS), "body", "is required");
        assertRefused(() -> Reading.evidence(CaseId.of(CASE_ID), null, IDS), "body", "is required");
    }

    @Test
    void namesEveryMissingFieldOfAPurchaseAtOnce() {
        Claim claim = new Claim();
        claim.orderId = null;
        claim.customerId = null;
        claim.sellerId = null;
        claim.jurisdiction = null;
        claim.amount = null;
        claim.tenders = null;

        ApiProblem problem = refusal(() -> readClaim(claim));

        assertThat(problem.errors()).containsExactlyInAnyOrder(
                new FieldProblem("orderId", "is required"),
                new FieldProblem("customerId", "is required"),
                new FieldProblem("sellerId", "is required"),
                new FieldProblem("jurisdiction", "is required"),
                new FieldProblem("amount", "is required"),
                new FieldProblem("tenders", "is required"));
    }

    @Test
    void namesTheMissingPartsOfAnAmount() {
        Claim claim = new Claim();
        claim.amount = new MoneyRequest(null, " ");

        assertThat(refusal(() -> readClaim(claim)).errors()).containsExactlyInAnyOrder(
                new FieldProblem("amount.value", "is required"),
                new FieldProblem("amount.currency", "is required"));
    }

    // ---------------------------------------------------------------- party ids

    @ParameterizedTest(name = "customerId \"{0}\"")
    @ValueSource(strings = {"", " CUST-77", "CUST 77", "-CUST", ".CUST", "CUST;77", "CUSTé", "CUST\n77"})
    void refusesAPartyIdOfTheWrongForm(String customerId) {
        Claim claim = new Claim();
        claim.customerId = customerId;

        assertRefused(() -> readClaim(claim), "customerId",
                "must be 1 to 64 letters, digits or . _ : / # - (starting with a letter or digit)");
    }

    static Stream<Arguments> otherPartyIds() {
        return Stream.of(
                Arguments.of("orderId", (java.util.function.Consumer<Claim>) c -> c.orderId = "IT 403"),
                Arguments.of("sellerId", (java.util.function.Consumer<Claim>) c -> c.sellerId = "SELLER@1"),
                Arguments.of("carrierId", (java.util.function.Consumer<Claim>) c -> c.carrierId = ""),
                Arguments.of("courierId", (java.util.function.Consumer<Claim>) c -> c.courierId = "#19"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherPartyIds")
    void checksTheFormOfEveryPartyId(String field, java.util.function.Consumer<Claim> malformed) {
        Claim claim = new Claim();
        malformed.accept(claim);

        assertRefusedNaming(() -> readClaim(claim), field);
    }

    @Test
    void refusesAPartyIdOfMoreThan64Characters() {
        Claim claim = new Claim();
        claim.customerId = "C" + repeat('7', 64);

        assertRefusedNaming(() -> readClaim(claim), "customerId");
    }

    @ParameterizedTest(name = "customerId \"{0}\"")
    @ValueSource(strings = {"7", "a.b_c:d/e#f-g", "CUST-77"})
    void acceptsPartyIdsOfTheAllowedCharacters(String customerId) {
        Claim claim = new Claim();
        claim.customerId = customerId;

        assertThat(readClaim(claim).purchase().customerId()).isEqualTo(customerId);
    }

    @Test
    void acceptsAPartyIdOf64Characters() {
        Claim claim = new Claim();
        claim.customerId = "C" + repeat('7', 63);

        assertThat(readClaim(claim).purchase().customerId()).hasSize(64);
    }

    // ---------------------------------------------------------------- ids

    @ParameterizedTest(name = "caseId \"{0}\"")
    @ValueSource(strings = {"", "not-a-uuid", "1-1-1-1-1", "6b1f3c2e8d4a4f6b9c1d2e3f4a5b6c7d",
            "6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d0", "{6b1f3c2e-8d4a-4f6b-9c1d-2e3f4a5b6c7d}"})
    void refusesACaseIdThatIsNotAUuid(String caseId) {
        Claim claim = new Claim();
        claim.caseId = caseId;

        assertRefused(() -> readClaim(claim), "caseId", "must be a UUID such as 3f2b8c1e-5d4a-4c2e-9b7f-1a2b3c4d5e6f");
    }

    @ParameterizedTest(name = "evidenceId \"{0}\"")
    @ValueSource(strings = {"", "evidence-1", "1-1-1-1-1"})
    void refusesAnEvidenceIdThatIsNotAUuid(String evidenceId) {
        Evidence evidence = new Evidence();
        evidence.evidenceId = evidenceId;

        assertRefusedNaming(() -> readEvidence(evidence), "evidenceId");
    }

    @Test
    void readsTheCaseIdOfThePath() {
        assertThat(Reading.caseId(CASE_ID)).isEqualTo(CaseId.of(CASE_ID));
        assertThat(Reading.caseId(CASE_ID.toUpperCase())).isEqualTo(CaseId.of(CASE_ID));
    }

    @ParameterizedTest(name = "path caseId \"{0}\"")
    @ValueSource(strings = {"", "not-a-uuid", "1-1-1-1-1", "6b1f3c2e8d4a4f6b9c1d2e3f4a5b6c7d"})
    void refusesAPathCaseIdThatIsNotAUuid(String caseId) {
        assertRefused(() -> Reading.caseId(caseId), "caseId", "must be a UUID");
    }

    // ---------------------------------------------------------------- jurisdiction, decimals, currencies

    @ParameterizedTest(name = "jurisdiction \"{0}\"")
    @ValueSource(strings = {"fr", "FRA", "F", "F1"})
    void refusesAJurisdictionThatIsNotAnAlpha2Code(String jurisdiction) {
        Claim claim = new Claim();
        claim.jurisdiction = jurisdiction;

        assertRefused(() -> readClaim(claim), "jurisdiction", "must be an ISO 3166-1 alpha-2 code such as FR");
    }

    @ParameterizedTest(name = "amount \"{0}\"")
    @ValueSource(strings = {"12.5.3", "-1", "+1", "1e3", "1E3", ".5", "5.", "1,00", " 1", "1 ", "0x10", "NaN",
            "1234567890123456", "1.1234567"})
    void refusesAnAmountThatIsNotAPlainDecimalString(String value) {
        Claim claim = new Claim();
        claim.amount = new MoneyRequest(value, "EUR");

        assertRefused(() -> readClaim(claim), "amount.value", "must be a decimal string such as \"1229.00\"");
    }

    @ParameterizedTest(name = "amount \"{0}\"")
    @ValueSource(strings = {"0", "1229.00", "0.000001", "123456789012345", "123456789012345.123456"})
    void acceptsDecimalsOfUpTo15IntegerAnd6FractionDigits(String value) {
        Claim claim = new Claim();
        claim.amount = new MoneyRequest(value, "EUR");

        assertThat(readClaim(claim).purchase().amount().value()).isEqualTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "currency \"{0}\"")
    @ValueSource(strings = {"EU", "eur", "Eur", "EURO", "XXY", "E1R"})
    void refusesACurrencyThatIsNotAnIso4217Code(String currency) {
        Claim claim = new Claim();
        claim.amount = new MoneyRequest("1229.00", currency);

        assertRefused(() -> readClaim(claim), "amount.currency", "must be an ISO 4217 currency code such as EUR");
    }

    @Test
    void checksTheFormOfAClaimedAmountWhenThereIsOne() {
        Claim claim = new Claim();
        claim.claimedAmount = new MoneyRequest("1e3", "eur");

        assertRefusedNaming(() -> readClaim(claim), "claimedAmount.value", "claimedAmount.currency");
    }

    @Test
    void requiresTheValueOfAClaimedAmountThatIsGiven() {
        Claim claim = new Claim();
        claim.claimedAmount = new MoneyRequest(null, "EUR");

        assertRefused(() -> readClaim(claim), "claimedAmount.value", "is required");
    }

    // ---------------------------------------------------------------- tenders

    @Test
    void requiresTheTenders() {
        Claim claim = new Claim();
        claim.tenders = null;

        assertRefused(() -> readClaim(claim), "tenders", "is required");
    }

    @Test
    void refusesMoreThan20Tenders() {
        Claim claim = new Claim();
        claim.tenders = Collections.nCopies(21, new TenderRequest(TenderMethod.CARD, "1.00"));

        assertRefused(() -> readClaim(claim), "tenders", "must have at most 20 entries");
    }

    @Test
    void accepts20Tenders() {
        Claim claim = new Claim();
        claim.amount = new MoneyRequest("20.00", "EUR");
        claim.tenders = Collections.nCopies(20, new TenderRequest(TenderMethod.CARD, "1.00"));

        assertThat(readClaim(claim).purchase().tenders()).hasSize(20);
    }

    @Test
    void leavesEmptyTendersToTheCaseRules() {
        Claim claim = new Claim();
        claim.tenders = List.of();

        assertThat(readClaim(claim).purchase().tenders()).isEmpty();
    }

    @Test
    void namesTheTenderThatIsMissing() {
        Claim claim = new Claim();
        claim.tenders = Arrays.asList(new TenderRequest(TenderMethod.CARD, "1000.00"), null);

        assertRefused(() -> readClaim(claim), "tenders[1]", "is required");
    }

    @Test
    void namesWhatIsWrongInsideEachTender() {
        Claim claim = new Claim();
        claim.tenders = List.of(new TenderRequest(null, "1000.00"), new TenderRequest(TenderMethod.GIFT_CARD, "-229"),
                new TenderRequest(TenderMethod.WALLET, null));

        assertThat(refusal(() -> readClaim(claim)).errors()).containsExactlyInAnyOrder(
                new FieldProblem("tenders[0].method", "is required"),
                new FieldProblem("tenders[1].amount", "must be a decimal string such as \"1229.00\""),
                new FieldProblem("tenders[2].amount", "is required"));
    }

    // ---------------------------------------------------------------- statement

    @Test
    void refusesAStatementOfMoreThan4000Characters() {
        Claim claim = new Claim();
        claim.statement = repeat('s', 4001);

        assertRefused(() -> readClaim(claim), "statement", "must be at most 4000 characters");
    }

    @Test
    void acceptsAStatementOf4000Characters() {
        Claim claim = new Claim();
        claim.statement = repeat('s', 4000);

        assertThat(readClaim(claim).statement()).hasSize(4000);
    }

    @Test
    void namesEveryWrongFieldOfAClaimAtOnce() {
        Claim claim = new Claim();
        claim.caseId = "nope";
        claim.customerId = "CUST 77";
        claim.jurisdiction = "fr";
        claim.amount = new MoneyRequest("12.5.3", "EU");
        claim.tenders = Arrays.asList(new TenderRequest(TenderMethod.CARD, "1e3"), null);
        claim.claimedAmount = new MoneyRequest("-1", "EUR");
        claim.statement = repeat('s', 4001);

        assertRefusedNaming(() -> readClaim(claim), "caseId", "customerId", "jurisdiction", "amount.value",
                "amount.currency", "tenders[0].amount", "tenders[1]", "claimedAmount.value", "statement");
    }

    // ---------------------------------------------------------------- disputes

    @Test
    void readsAWellFormedDisputeIntoTheCommand() {
        Claim claim = new Claim();
        claim.carrierId = null;
        claim.courierId = null;
        claim.statement = "The screen arrived cracked.";
        Instant paid = Instant.parse("2026-11-02T18:20:00Z");

        OpenCustomerDispute command = Reading.dispute(
                claim.dispute(DisputeReason.NOT_AS_DESCRIBED, paid, DELIVERED), IDS);

        assertThat(command).isEqualTo(new OpenCustomerDispute(new CaseId(GENERATED),
                new Purchase("IT-403-2291", "CUST-77", "SELLER-1", null, null, Jurisdiction.of("FR"),
                        Money.of("1229.00", "EUR"),
                        List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00"))),
                null, DisputeReason.NOT_AS_DESCRIBED, paid, DELIVERED, "The screen arrived cracked."));
    }

    @Test
    void checksTheFormOfADisputeLikeThatOfAClaim() {
        Claim claim = new Claim();
        claim.caseId = "1-1-1-1-1";
        claim.sellerId = null;
        claim.amount = new MoneyRequest("1e3", "XXY");
        claim.tenders = Collections.nCopies(21, new TenderRequest(TenderMethod.CARD, "1.00"));
        claim.claimedAmount = new MoneyRequest("1.00", "eur");
        claim.statement = repeat('s', 4001);

        assertRefusedNaming(() -> Reading.dispute(
                        claim.dispute(DisputeReason.UNAUTHORIZED_TRANSACTION, DELIVERED, null), IDS),
                "caseId", "sellerId", "amount.value", "amount.currency", "tenders", "claimedAmount.currency",
                "statement");
    }

    // ---------------------------------------------------------------- evidence: well-formed

    @Test
    void readsWellFormedEvidenceIntoTheCommand() {
        Evidence evidence = new Evidence();
        evidence.attributes = new LinkedHashMap<>(Map.of("channel", "PHONE", "distanceMeters", new BigDecimal("12.5"),
                "geotagged", true, "retries", 2));

        SubmitEvidence command = readEvidence(evidence);

        assertThat(command).isEqualTo(new SubmitEvidence(CaseId.of(CASE_ID), EvidenceId.of(EVIDENCE_ID),
                Party.CARRIER, EvidenceType.OTP_CONFIRMATION, Instant.parse("2026-11-17T15:39:10Z"), Sha256.of(SHA),
                URI.create("https://evidence.example/abc"), "Code entered on the courier's handset",
                EvidenceAttributes.of(Map.of("channel", "PHONE", "distanceMeters", new BigDecimal("12.5"),
                        "geotagged", true, "retries", 2))));
    }

    @Test
    void givesEvidenceItsIdAndNoAttributesWhenTheClientGaveNone() {
        Evidence evidence = new Evidence();
        evidence.evidenceId = null;
        evidence.attributes = null;

        SubmitEvidence command = readEvidence(evidence);

        assertThat(command.evidenceId()).isEqualTo(new EvidenceId(GENERATED));
        assertThat(command.attributes()).isEqualTo(EvidenceAttributes.NONE);
    }

    @Test
    void leavesPartyTypeAndCaptureTimeToTheCaseRules() {
        Evidence evidence = new Evidence();
        evidence.party = null;
        evidence.type = null;
        evidence.capturedAt = null;

        SubmitEvidence command = readEvidence(evidence);

        assertThat(command.party()).isNull();
        assertThat(command.type()).isNull();
        assertThat(command.capturedAt()).isNull();
    }

    // ---------------------------------------------------------------- sha256

    @ParameterizedTest(name = "sha256 \"{0}\"")
    @MethodSource("malformedDigests")
    void refusesADigestThatIsNot64LowerCaseHexCharacters(String sha256) {
        Evidence evidence = new Evidence();
        evidence.sha256 = sha256;

        assertRefused(() -> readEvidence(evidence), "sha256", "must be 64 lower-case hex characters");
    }

    static Stream<String> malformedDigests() {
        return Stream.of(SHA.toUpperCase(), SHA.substring(1), SHA + "0", repeat('g', 64),
                SHA.substring(0, 32) + " " + SHA.substring(33), "sha256:" + SHA.substring(7));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresTheDigest(String sha256) {
        Evidence evidence = new Evidence();
        evidence.sha256 = sha256;

        assertRefused(() -> readEvidence(evidence), "sha256", "is required");
    }

    // ---------------------------------------------------------------- uri

    @ParameterizedTest(name = "uri \"{0}\"")
    @ValueSource(strings = {"/evidence/abc", "evidence.example/abc", "javascript:alert(1)", "JavaScript:alert(1)",
            "data:text/html,hello", "file:///etc/passwd", "ftp://evidence.example/abc", "https://evidence example/abc",
            "https://evidence.example/a b"})
    void refusesAUriThatIsNotAnAbsoluteLinkOfAnAllowedScheme(String uri) {
        Evidence evidence = new Evidence();
        evidence.uri = uri;

        assertRefused(() -> readEvidence(evidence), "uri", "must be an absolute URI with scheme [http, https, s3, urn]");
    }

    @Test
    void refusesAUriOfMoreThan2048Characters() {
        Evidence evidence = new Evidence();
        evidence.uri = "https://evidence.example/" + repeat('a', 2049 - "https://evidence.example/".length());

        assertRefused(() -> readEvidence(evidence), "uri", "must be at most 2048 characters");
    }

    @ParameterizedTest(name = "uri \"{0}\"")
    @MethodSource("acceptedUris")
    void acceptsAbsoluteLinksOfTheAllowedSchemes(String uri) {
        Evidence evidence = new Evidence();
        evidence.uri = uri;

        assertThat(readEvidence(evidence).uri()).isEqualTo(URI.create(uri));
    }

    static Stream<String> acceptedUris() {
        return Stream.of("https://evidence.example/abc", "HTTPS://evidence.example/abc", "http://evidence.example/abc",
                "s3://evidence-bucket/cases/abc.jpg", "urn:sha256:" + SHA,
                "https://evidence.example/" + repeat('a', 2048 - "https://evidence.example/".length()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresTheUri(String uri) {
        Evidence evidence = new Evidence();
        evidence.uri = uri;

        assertRefused(() -> readEvidence(evidence), "uri", "is required");
    }

    // ---------------------------------------------------------------- description

    @Test
    void refusesADescriptionOfMoreThan2000Characters() {
        Evidence evidence = new Evidence();
        evidence.description = repeat('d', 2001);

        assertRefused(() -> readEvidence(evidence), "description", "must be at most 2000 characters");
    }

    @Test
    void acceptsADescriptionOf2000Characters() {
        Evidence evidence = new Evidence();
        evidence.description = repeat('d', 2000);

        assertThat(readEvidence(evidence).description()).hasSize(2000);
    }

    // ---------------------------------------------------------------- attributes

    static Stream<Arguments> valuesThatAreNotScalars() {
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        return Stream.of(
                Arguments.of("location", Map.of("lat", 48.85, "lon", 2.35)),
                Arguments.of("photos", List.of("a.jpg", "b.jpg")),
                Arguments.of("emptyList", List.of()),
                Arguments.of("listOfNull", withNull),
                Arguments.of("nothing", null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("valuesThatAreNotScalars")
    void refusesAnAttributeValueThatIsNotAStringNumberOrBoolean(String key, Object value) {
        Evidence evidence = new Evidence();
        evidence.attributes.put(key, value);

        assertRefused(() -> readEvidence(evidence), "attributes." + key, "must be a string, a number or a boolean");
    }

    @ParameterizedTest(name = "attribute name \"{0}\"")
    @ValueSource(strings = {"", "1channel", "_channel", "with space", "dotted.name", "dash-name", "naïve",
            "a1234567890123456789012345678901234567890123456789012345678901234"})
    void refusesAnAttributeNameOfTheWrongForm(String key) {
        Evidence evidence = new Evidence();
        evidence.attributes.put(key, "value");

        assertRefused(() -> readEvidence(evidence), "attributes",
                "names must be 1 to 64 letters, digits or _, starting with a letter");
    }

    @Test
    void acceptsAttributeNamesOfUpTo64Characters() {
        Evidence evidence = new Evidence();
        String longest = "a" + repeat('1', 63);
        evidence.attributes.put(longest, "value");
        evidence.attributes.put("x", 1);
        evidence.attributes.put("snake_case_2", false);

        assertThat(readEvidence(evidence).attributes().values()).containsKeys(longest, "x", "snake_case_2");
    }

    @Test
    void refusesATextAttributeOfMoreThan1000Characters() {
        Evidence evidence = new Evidence();
        evidence.attributes.put("courierNote", repeat('n', 1001));

        assertRefused(() -> readEvidence(evidence), "attributes.courierNote", "must be at most 1000 characters");
    }

    @Test
    void acceptsATextAttributeOf1000Characters() {
        Evidence evidence = new Evidence();
        evidence.attributes.put("courierNote", repeat('n', 1000));

        assertThat(readEvidence(evidence).attributes().values().get("courierNote")).isEqualTo(repeat('n', 1000));
    }

    @Test
    void leavesTheTypingOfKnownAttributesToTheCaseRules() {
        Evidence evidence = new Evidence();
        evidence.attributes.put("signerIsRecipient", "yes");
        evidence.attributes.put("distanceMeters", -1);

        SubmitEvidence command = readEvidence(evidence);

        assertThat(command.attributes().values()).containsEntry("signerIsRecipient", "yes")
                .containsEntry("distanceMeters", -1);
    }

    @Test
    void namesEveryWrongFieldOfEvidenceAtOnce() {
        Evidence evidence = new Evidence();
        evidence.evidenceId = "evidence-1";
        evidence.sha256 = SHA.toUpperCase();
        evidence.uri = "javascript:alert(1)";
        evidence.description = repeat('d', 2001);
        evidence.attributes.put("location", Map.of("lat", 48.85));
        evidence.attributes.put("9lives", true);

        assertRefusedNaming(() -> readEvidence(evidence), "evidenceId", "sha256", "uri", "description",
                "attributes.location", "attributes");
    }
}
