package org.disputes.console.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision reasons worded from their codes in the console's own bundles, and the English fallback. */
class ReasonsTest {

    private static final String RECORDED = "The seller has not proved delivery: OTP_CONFIRMATION (evidence 5c1d2e3f)"
            + " was disregarded and counted for nothing because …";
    private final Reasons reasons = new Reasons(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Map<String, Object> decision(Map<String, Object> detail) {
        return Map.of("reasons", List.of(RECORDED), "reasonDetails", List.of(detail));
    }

    private static final Map<String, Object> NOT_MET = Map.of("code", "SELLER_PROOF.NOT_MET", "args", Map.of(
            "kind", "ITEM_NOT_RECEIVED", "points", "1", "needed", "4",
            "items", List.of(Map.of("code", "EVIDENCE.DISREGARDED", "args", Map.of(
                    "evidenceType", "OTP_CONFIRMATION", "evidenceId", "5c1d2e3f-0000-0000-0000-000000000000",
                    "because", Map.of("code", "WEIGHT.OTP_GIVEN_REMOTELY", "args", Map.of("channel", "PHONE")))))));

    @Test
    void nestedReasonsAreWordedInFrenchFromTheirCodesAndArguments() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(reasons.of(decision(NOT_MET))).containsExactly("Le vendeur n'a pas prouvé la livraison : "
                + "OTP_CONFIRMATION (preuve 5c1d2e3f) a été écarté et n'a compté pour rien, car le code a été communiqué "
                + "par téléphone et non saisi en personne : son utilisation ne montre donc pas qui "
                + "a pris le colis ; 1 des 4 points requis.");
    }

    @Test
    void inEnglishTheReasonIsWordedFromTheBundleAsThePolicyRecordsIt() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(reasons.of(decision(NOT_MET))).containsExactly("The seller has not proved delivery: "
                + "OTP_CONFIRMATION (evidence 5c1d2e3f) was disregarded and counted for nothing because the code was "
                + "given by phone (channel PHONE), not entered in person, so its use does not show who took the parcel;"
                + " 1 of the 4 points needed.");
        assertThat(reasons.lines(decision(NOT_MET))).extracting(Reasons.Line::recorded).containsExactly(false);
    }

    /** Each the English ReasonCode (command-service) records for these codes and arguments, word for word. */
    @Test
    void englishFormsOfArgumentsAreWordedAsThePolicyWordsThem() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String id = "0a1b2c3d-0000-0000-0000-000000000000";
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("The seller has proved delivery: SIGNATURE (evidence 0a1b2c3d) counted 4 points because it was signed"
                + " by the recipient; PHOTO (evidence 0a1b2c3d) counted 1 point because it is geotagged; 5 points, at"
                + " least the 4 needed.", Map.of("code", "SELLER_PROOF.MET", "args", Map.of("kind", "ITEM_NOT_RECEIVED",
                "points", "5", "needed", "4", "items", List.of(
                        counted("SIGNATURE", id, "4", "WEIGHT.SIGNED_BY_RECIPIENT", Map.of()),
                        counted("PHOTO", id, "1", "WEIGHT.PHOTO_GEOTAGGED", Map.of())))));
        cases.put("The customer's evidence counts 1 point, fewer than the 2 needed: COMMUNICATION_LOG (evidence 0a1b2c3d)"
                + " was disregarded and counted for nothing because it does not bear on whether the customer authorised"
                + " the payment.", Map.of("code", "CUSTOMER_EVIDENCE.NOT_MATERIAL", "args", Map.of("points", "1",
                "needed", "2", "items", List.of(Map.of("code", "EVIDENCE.DISREGARDED", "args", Map.of(
                        "evidenceType", "COMMUNICATION_LOG", "evidenceId", id, "because", Map.of(
                                "code", "WEIGHT.NOT_RELEVANT", "args", Map.of("kind", "UNAUTHORIZED_TRANSACTION"))))))));
        cases.put("The lack of conformity was reported on 2026-03-10, within the presumption period of 1 year and 6"
                + " months (PT) that runs from delivery on 2025-01-02 to 2026-07-02 included, so the seller must prove"
                + " that the goods conformed (Directive (EU) 2019/771 art. 11).", Map.of("code", "NAD-P.WITHIN",
                "args", Map.of("reportedOn", "2026-03-10", "period", "P1Y6M", "jurisdiction", "PT",
                        "deliveredOn", "2025-01-02", "lastDay", "2026-07-02")));
        cases.put("Signal OTP_REMOTE_DISCLOSURE: the courier is flagged, because OTP_CONFIRMATION (evidence 0a1b2c3d)"
                + " shows the code was given in a chat, and the customer's COMMUNICATION_LOG (evidence 0a1b2c3d) reports"
                + " that the code was requested remotely.", Map.of("code", "SIGNAL.OTP_REMOTE_DISCLOSURE", "args",
                Map.of("disclosures", List.of(
                        Map.of("code", "OTP.GIVEN_REMOTELY", "args", Map.of("evidenceType", "OTP_CONFIRMATION",
                                "evidenceId", id, "channel", "CHAT")),
                        Map.of("code", "OTP.REQUEST_REPORTED", "args", Map.of("evidenceType", "COMMUNICATION_LOG",
                                "evidenceId", id, "party", "CUSTOMER"))))));
        cases.put("Signal COURIER_PATTERN: courier C-7 has 3 flagged or refunded non-receipt cases in the courier-pattern"
                + " period, this one included; a fraud referral is opened for the courier, once.", Map.of("code",
                "SIGNAL.COURIER_PATTERN", "args", Map.of("courierId", "C-7", "cases", "3", "thisCaseIncluded", "true")));
        cases.put("Signal COURIER_PATTERN: the courier has 4 flagged or refunded non-receipt cases in the courier-pattern"
                + " period; a fraud referral is opened for the courier, once.", Map.of("code",
                "SIGNAL.COURIER_PATTERN", "args", Map.of("cases", "4", "thisCaseIncluded", "false")));
        cases.put("PHOTO (evidence 0a1b2c3d) counted for nothing because another PHOTO already counts and only one item"
                + " of each type does", Map.of("code", "EVIDENCE.SAME_TYPE_COUNTED", "args", Map.of(
                "evidenceType", "PHOTO", "evidenceId", id)));
        cases.put("PHOTO (evidence 0a1b2c3d) was disregarded and counted for nothing because it comes from the carrier,"
                + " and the seller's side cannot rebut its own proof", Map.of("code", "EVIDENCE.DISREGARDED", "args",
                Map.of("evidenceType", "PHOTO", "evidenceId", id, "because", Map.of("code",
                        "WEIGHT.OWN_SIDE_REBUTTAL", "args", Map.of("party", "CARRIER")))));
        cases.put("the seller's own COMMUNICATION_LOG (evidence 0a1b2c3d) reports that the code was requested by SMS, so"
                + " its use does not show who took the parcel", Map.of("code", "WEIGHT.OTP_REQUEST_REPORTED", "args",
                Map.of("report", Map.of("code", "OTP.REQUEST_REPORTED", "args", Map.of("evidenceType",
                        "COMMUNICATION_LOG", "evidenceId", id, "party", "SELLER", "channel", "SMS")))));
        cases.put("the code was given remotely (channel PIGEON), not entered in person, so its use does not show who"
                + " took the parcel", Map.of("code", "WEIGHT.OTP_GIVEN_REMOTELY", "args", Map.of("channel", "PIGEON")));
        cases.forEach((english, detail) -> assertThat(reasons.lines(Map.of("reasons", List.of("recorded"),
                "reasonDetails", List.of(detail)))).as(detail.get("code").toString())
                .containsExactly(new Reasons.Line(english, detail.get("code").toString(), false)));
    }

    private static Map<String, Object> counted(String type, String id, String points, String because,
                                               Map<String, Object> becauseArgs) {
        return Map.of("code", "EVIDENCE.COUNTED", "args", Map.of("evidenceType", type, "evidenceId", id,
                "points", points, "because", Map.of("code", because, "args", becauseArgs)));
    }

    /** Every code docs/POLICY.md lists has its English in the bundle (by kind where the policy words it by kind). */
    @Test
    void everyReasonCodeOfThePolicyHasItsEnglishInTheBundle() throws IOException {
        ResourceBundle english = ResourceBundle.getBundle("messages", Locale.ROOT);
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_-]+\\.[A-Z0-9_]+)` \\|").matcher(
                Files.readString(Path.of("..", "docs", "POLICY.md")));
        List<String> codes = new ArrayList<>();
        while (row.find()) {
            codes.add(row.group(1));
        }
        assertThat(codes).as("the codes of POLICY.md §9a").hasSizeGreaterThan(60).contains("INR-2.REFUND",
                "WEIGHT.INSPECTION_REPORT");
        codes.remove("PERSON.JUSTIFICATION");
        assertThat(codes).allSatisfy(code -> assertThat(english.containsKey("reason." + code)
                || Stream.of("ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION", "NOT_AS_DESCRIBED")
                .allMatch(kind -> english.containsKey("reason." + code + "." + kind))).as(code).isTrue());
    }

    @Test
    void aPersonsJustificationIsShownAsWrittenInEnglishToo() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Map<String, Object> person = Map.of("reasons", List.of("Signed by the recipient; no rebuttal on file."),
                "reasonDetails", List.of(Map.of("code", "PERSON.JUSTIFICATION", "args", Map.of("outcome", "DENY"))));
        assertThat(reasons.lines(person)).containsExactly(new Reasons.Line(
                "Signed by the recipient; no rebuttal on file.", "PERSON.JUSTIFICATION", true));
    }

    @Test
    void aCodeTheBundleDoesNotKnowFallsBackToTheRecordedEnglish() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        Map<String, Object> unknownInside = Map.of("code", "SELLER_PROOF.NOT_MET", "args", Map.of("kind",
                "ITEM_NOT_RECEIVED", "points", "1", "needed", "4",
                "items", List.of(Map.of("code", "SOMETHING.NEW", "args", Map.of()))));
        assertThat(reasons.of(decision(unknownInside))).containsExactly(RECORDED);
        assertThat(reasons.of(Map.of("reasons", List.of(RECORDED)))).containsExactly(RECORDED);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(reasons.of(decision(unknownInside))).containsExactly(RECORDED);
    }

    @Test
    void ruleSentencesComeFromTheBundle() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(reasons.rule("INR-2")).isEqualTo("Le vendeur n'a pas prouvé la livraison : remboursement.");
        assertThat(reasons.rule("XYZ-9")).isEmpty();
    }
}
