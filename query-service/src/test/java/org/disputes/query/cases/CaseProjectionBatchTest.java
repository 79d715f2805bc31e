package org.disputes.query.cases;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.disputes.api.CaseId;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.TenderMethod;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EvidenceWeight;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.api.evidence.EvidenceAttributes;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;
import org.disputes.api.evidence.Sha256;
import org.disputes.api.refund.RefundIssued;
import org.disputes.query.CommandEventStoreForTests;
import org.disputes.query.projection.Projection;
import org.disputes.query.projection.Projections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batched projection on this run's database: however a case's events are cut into batches, and however often
 * a batch is delivered again, the view and the timeline come out as projecting one event at a time makes them.
 * Batches are handed to the projection directly, as the processor does, in a unit of work with a transaction.
 */
@SpringBootTest
@Import(CommandEventStoreForTests.class)
class CaseProjectionBatchTest {

    // a year no other test counts statistics over: the views stay in the run's database
    static final Instant FILED = Instant.parse("2036-05-02T09:00:00Z");
    static final String OTP = "31111111-1111-1111-1111-111111111111";

    @Autowired
    CaseProjection projection;
    @Autowired
    Projections projections;
    @Autowired
    CaseViewRepository views;
    @Autowired
    TransactionManager transactions;
    @Autowired
    CaseViewUpdates updates;
    @Autowired
    CaseViewAnnouncements announcements;

    @Test
    void aWholeHistoryInOneBatchGivesWhatOneEventABatchGives() {
        UUID oneByOne = UUID.randomUUID();
        for (DomainEventMessage<?> event : history(oneByOne)) {
            project(List.of(event));
        }
        UUID together = UUID.randomUUID();
        project(history(together));

        assertSameCase(together, oneByOne);
        assertThat(views.find(together).orElseThrow().version()).isEqualTo(5);
    }

    @Test
    void casesInterleavedInOneBatchEachComeOutAsAlone() {
        UUID alone = UUID.randomUUID();
        project(history(alone));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<DomainEventMessage<?>> a = history(first);
        List<DomainEventMessage<?>> b = history(second);
        List<DomainEventMessage<?>> interleaved = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            interleaved.add(a.get(i));
            interleaved.add(b.get(i));
        }
        project(interleaved);

        assertSameCase(first, alone);
        assertSameCase(second, alone);
    }

    @Test
    void redeliveredBatchesChangeNothing() {
        UUID caseId = UUID.randomUUID();
        List<DomainEventMessage<?>> history = history(caseId);
        project(history.subList(0, 3));
        project(history.subList(1, 5)); // after a crash: two events seen already, two new
        String view = views.find(caseId).orElseThrow().toString();
        List<TimelineEntry> timeline = views.timeline(caseId);

        project(history);
        project(history.subList(3, 5));

        assertThat(views.find(caseId).orElseThrow().toString()).isEqualTo(view);
        assertThat(views.timeline(caseId)).isEqualTo(timeline).hasSize(5);
        UUID reference = UUID.randomUUID();
        project(history(reference));
        assertSameCase(caseId, reference);
    }

    @Test
    void anOlderViewNeverOverwritesANewerOne() {
        UUID caseId = UUID.randomUUID();
        List<DomainEventMessage<?>> history = history(caseId);
        project(history);
        CaseView older = CaseViewFold.apply(null, history.get(0).getPayload(), 1);

        transactions.executeInTransaction(() -> views.saveAll(List.of(older)));

        assertThat(views.find(caseId).orElseThrow().version()).isEqualTo(5);
    }

    @Test
    void theRebuildsPagesGiveWhatTheProcessorGives() {
        // pages cut through both histories: the second page folds onto views the first one wrote
        rebuildTwoCasesAndCompare(projection, (a, b) -> List.of(List.of(a.get(0), b.get(0), a.get(1)),
                List.of(b.get(1), a.get(2), a.get(3), b.get(2), b.get(3), a.get(4), b.get(4))));
    }

    @Test
    void viewsLetGoAndReadBackByARebuildComeOutAsAlone() {
        // one view held: each page lets a view go, loaded the first time and read back and replaced after
        CaseProjection holdingOne = new CaseProjection(views, updates, announcements, transactions,
                new HeldViews(1));
        rebuildTwoCasesAndCompare(holdingOne, (a, b) -> List.of(List.of(a.get(0), b.get(0)),
                List.of(a.get(1), b.get(1)), List.of(a.get(2), a.get(3), b.get(2)), List.of(b.get(3), a.get(4)),
                List.of(b.get(4))));
    }

    /** Rebuilds two cases' histories in the pages {@code paging} cuts them into; each must come out as alone. */
    private void rebuildTwoCasesAndCompare(CaseProjection rebuilding, BiFunction<List<DomainEventMessage<?>>,
            List<DomainEventMessage<?>>, List<List<DomainEventMessage<?>>>> paging) {
        UUID reference = UUID.randomUUID();
        project(history(reference));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        for (List<DomainEventMessage<?>> page : paging.apply(history(first), history(second))) {
            transactions.executeInTransaction(() -> rebuilding.apply(page, Projection.Mode.REBUILD));
        }
        transactions.executeInTransaction(rebuilding::rebuilt);

        assertSameCase(first, reference);
        assertSameCase(second, reference);
    }

    @Test
    void timelineRowsLoadedInBulkReadBackAsWritten() {
        UUID caseId = UUID.randomUUID();
        List<TimelineEntry> entries = List.of(
                new TimelineEntry(FILED, "agent \"Ann\", desk 3", "AGENT", "DeliveryClaimFiled",
                        "Line one,\nline two \\ with \"quotes\", a tab\tand é."),
                new TimelineEntry(FILED.plusMillis(1), null, null, "CaseDecided", ""));
        List<CaseViewRepository.TimelineRow> rows = List.of(
                new CaseViewRepository.TimelineRow(caseId, 0, entries.get(0)),
                new CaseViewRepository.TimelineRow(caseId, 1, entries.get(1)));

        transactions.executeInTransaction(() -> views.loadTimeline(rows));

        assertThat(views.timeline(caseId)).isEqualTo(entries);
    }

    @Test
    void aBulkLoadStoresWhatAppendingTheSameRowsStores() {
        // instants PostgreSQL must round (half a microsecond both ways, into the next second, before its epoch), and
        // texts beyond the copy's buffer, beyond the BMP, or broken (a lone surrogate)
        List<Instant> instants = List.of(FILED.plusNanos(123_456_500), FILED.plusNanos(123_457_500),
                FILED.plusNanos(999_999_501), FILED.plusNanos(1), Instant.parse("1999-12-31T23:59:59.999999499Z"),
                Instant.parse("1970-01-01T00:00:00.000000500Z"));
        List<String> summaries = List.of("x".repeat(100_000), "a parcel \uD83D\uDCE6 kept", "broken \uD800 text",
                "", "é", "\"quoted\", with a comma");
        List<CaseViewRepository.TimelineRow> loaded = new ArrayList<>();
        List<CaseViewRepository.TimelineRow> appended = new ArrayList<>();
        UUID loadedCase = UUID.randomUUID();
        UUID appendedCase = UUID.randomUUID();
        for (int i = 0; i < instants.size(); i++) {
            TimelineEntry entry = new TimelineEntry(instants.get(i), i % 2 == 0 ? "agent" : null, "AGENT",
                    "DeliveryClaimFiled", summaries.get(i));
            loaded.add(new CaseViewRepository.TimelineRow(loadedCase, i, entry));
            appended.add(new CaseViewRepository.TimelineRow(appendedCase, i, entry));
        }

        transactions.executeInTransaction(() -> views.loadTimeline(loaded));
        transactions.executeInTransaction(() -> views.appendTimeline(appended));

        assertThat(views.timeline(loadedCase)).hasSize(instants.size()).isEqualTo(views.timeline(appendedCase));
        assertThat(views.timeline(loadedCase).get(2).at()).isEqualTo(FILED.plusSeconds(1));
    }

    @Test
    void aBulkLoadMeetingARowAlreadyThereLoadsNothing() {
        UUID caseId = UUID.randomUUID();
        TimelineEntry entry = new TimelineEntry(FILED, "agent", "AGENT", "DeliveryClaimFiled", "Filed.");
        transactions.executeInTransaction(() -> views.loadTimeline(
                List.of(new CaseViewRepository.TimelineRow(caseId, 0, entry))));

        assertThatThrownBy(() -> transactions.executeInTransaction(() -> views.loadTimeline(List.of(
                new CaseViewRepository.TimelineRow(caseId, 1, entry),
                new CaseViewRepository.TimelineRow(caseId, 0, entry)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(views.timeline(caseId)).containsExactly(entry);
    }

    /** Hands {@code batch} to the projection in one unit of work, as the event processor does. */
    private void project(List<DomainEventMessage<?>> batch) {
        BatchingUnitOfWork<DomainEventMessage<?>> unit = new BatchingUnitOfWork<>(batch);
        unit.attachTransaction(transactions);
        ResultMessage<?> result = unit.executeWithResult(() -> {
            projections.on(unit.getMessage().getPayload(), unit.getMessage());
            return null;
        });
        assertThat(result.isExceptional()).as("the batch failed: %s", result).isFalse();
    }

    private void assertSameCase(UUID actual, UUID expected) {
        assertThat(views.find(actual).orElseThrow().toString().replace(actual.toString(), expected.toString()))
                .isEqualTo(views.find(expected).orElseThrow().toString());
        assertThat(views.timeline(actual)).isEqualTo(views.timeline(expected)).hasSize(5);
    }

    /** A claim, two pieces of evidence, a refund decision and the refund, as the command side stores them. */
    private static List<DomainEventMessage<?>> history(UUID caseId) {
        CaseId id = new CaseId(caseId);
        Purchase purchase = new Purchase("IT-9", "CUST-BATCH", "SELLER-1", "CARRIER-1", "COURIER-B",
                new Jurisdiction("FR"), Money.of("1229.00", "EUR"),
                List.of(Tender.of(TenderMethod.CARD, "1000.00"), Tender.of(TenderMethod.GIFT_CARD, "229.00")));
        List<Object> events = List.of(
                new DeliveryClaimFiled(id, purchase, Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP,
                        FILED.minusSeconds(86400), "never came", FILED, FILED.plusSeconds(259200)),
                new EvidenceSubmitted(id, EvidenceId.of(OTP), Party.CARRIER, EvidenceType.OTP_CONFIRMATION,
                        FILED.minusSeconds(86400), new Sha256("a".repeat(64)), URI.create("https://e.example/otp"),
                        null, new EvidenceAttributes(Map.of("channel", "IN_PERSON")), FILED.plusSeconds(60)),
                new EvidenceSubmitted(id, EvidenceId.of("32222222-2222-2222-2222-222222222222"), Party.CARRIER,
                        EvidenceType.GPS_SCAN, FILED.minusSeconds(86000), new Sha256("b".repeat(64)),
                        URI.create("https://e.example/gps"), null,
                        new EvidenceAttributes(Map.of("distanceMeters", 15)), FILED.plusSeconds(120)),
                new CaseDecided(id, DecisionOutcome.REFUND, null, null, "bop-2026.1", List.of("INR-2"),
                        List.of("The seller has not proved delivery."),
                        List.of(new EvidenceWeight(EvidenceId.of(OTP), "NONE", 0, "code given by phone")),
                        List.of(Signal.OTP_REMOTE_DISCLOSURE), "policy", FILED.plusSeconds(3600), null),
                new RefundIssued(id, Money.of("100.00", "EUR"), List.of(Tender.of(TenderMethod.CARD, "100.00")),
                        "policy", FILED.plusSeconds(3601)));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(CaseProjection.CASE_AGGREGATE, caseId.toString(), i,
                    events.get(i), MetaData.with("actor", "agent").and("role", "AGENT"),
                    UUID.randomUUID().toString(), FILED.plusSeconds(i)));
        }
        return messages;
    }
}
