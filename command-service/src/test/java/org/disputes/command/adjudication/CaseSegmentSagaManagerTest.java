package org.disputes.command.adjudication;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.serialization.SerializationException;
import org.axonframework.modelling.saga.AnnotatedSagaManager;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.modelling.saga.repository.AnnotatedSagaRepository;
import org.axonframework.modelling.saga.repository.inmemory.InMemorySagaStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.disputes.api.CaseId;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.adjudication.ProofRequested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case's events reach the one segment its case belongs to, and there they find the case's saga, whatever its id.
 */
class CaseSegmentSagaManagerTest {

    private static final List<Segment> EIGHT = Segment.splitBalanced(Segment.ROOT_SEGMENT, 7);

    private final InMemorySagaStore store = new InMemorySagaStore();
    private final AnnotatedSagaRepository<CaseWatch> repository = AnnotatedSagaRepository.<CaseWatch>builder()
            .sagaType(CaseWatch.class).sagaStore(store).build();
    private final CaseSegmentSagaManager<CaseWatch> manager = new CaseSegmentSagaManager<>(
            AnnotatedSagaManager.<CaseWatch>builder().sagaType(CaseWatch.class).sagaRepository(repository));

    @Test
    void aCasesEventIsForExactlyOneSegment() {
        IntStream.range(0, 200).mapToObj(i -> filed(CaseId.random())).forEach(event ->
                assertThat(EIGHT.stream().filter(segment -> manager.canHandle(event, segment)))
                        .as("segments taking %s", event.getPayload()).hasSize(1));
    }

    @Test
    void eventsTheSagaDoesNotHandleAreForNoSegment() {
        EventMessage<?> unhandled = GenericEventMessage.asEventMessage(
                new ProofRequested(CaseId.random(), List.of(), Instant.now(), Instant.now()));

        assertThat(EIGHT).noneMatch(segment -> manager.canHandle(unhandled, segment));
    }

    @Test
    void anEventWhoseCaseCannotBeReadIsTakenByEverySegmentAndFailsInItsHandling() {
        EventMessage<?> unreadable = new GenericEventMessage<DeliveryClaimFiled>(AdjudicationSagaTest.claimFiled()) {
            @Override
            public DeliveryClaimFiled getPayload() {
                throw new SerializationException("not a purchase");
            }
        };

        assertThat(EIGHT).allMatch(segment -> manager.canHandle(unreadable, segment));
        assertThatThrownBy(() -> manager.handle(unreadable, EIGHT.get(0))).isInstanceOf(SerializationException.class);
    }

    @Test
    void aStoredCaseEventGoesToItsCasesSegmentWithoutItsPayloadBeingRead() {
        IntStream.range(0, 50).mapToObj(i -> CaseId.random()).forEach(caseId -> {
            EventMessage<?> stored = new GenericDomainEventMessage<DeliveryClaimFiled>("DisputeCase",
                    caseId.toString(), 0, AdjudicationSagaTest.claimFiled(caseId)) {
                @Override
                public DeliveryClaimFiled getPayload() {
                    throw new AssertionError("the payload was read to route the event");
                }
            };

            assertThat(EIGHT.stream().filter(segment -> manager.canHandle(stored, segment)))
                    .as("segments taking the stored claim of %s", caseId)
                    .containsExactly(segmentOf(caseId, EIGHT));
        });
    }

    @Test
    void theCasesSegmentStartsItsSagaAndFindsItAgain() throws Exception {
        CaseId caseId = CaseId.random();
        for (Segment segment : EIGHT) {
            handle(filed(caseId), segment);
        }
        assertThat(sagasOf(caseId)).as("one saga, started by the case's own segment").hasSize(1);

        for (Segment segment : EIGHT) {
            handle(closed(caseId), segment);
        }
        assertThat(sagasOf(caseId)).as("ended once its segment handed it the closing").isEmpty();
        assertThat(CaseWatch.closings).filteredOn(caseId::equals).as("closings handled").hasSize(1);
    }

    @Test
    void sagasAreFoundInTheirCasesSegmentsAfterTheSegmentsAreSplit() throws Exception {
        // Axon's own manager looks for a saga in the segment of its id: after a split, half of them elsewhere
        List<CaseId> cases = IntStream.range(0, 20).mapToObj(i -> CaseId.random()).toList();
        for (CaseId caseId : cases) {
            handle(filed(caseId), segmentOf(caseId, EIGHT));
        }

        List<Segment> sixteen = EIGHT.stream().flatMap(segment -> Stream.of(segment.split())).toList();
        for (CaseId caseId : cases) {
            for (Segment segment : sixteen) {
                handle(closed(caseId), segment);
            }
        }

        assertThat(cases).allSatisfy(caseId -> assertThat(sagasOf(caseId)).as("sagas of %s", caseId).isEmpty());
    }

    private Segment segmentOf(CaseId caseId, List<Segment> segments) {
        return segments.stream().filter(segment -> manager.canHandle(filed(caseId), segment)).findFirst()
                .orElseThrow();
    }

    private void handle(EventMessage<?> event, Segment segment) throws Exception {
        if (manager.canHandle(event, segment)) {
            DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
                manager.handle(event, segment);
                return null;
            });
        }
    }

    private Set<String> sagasOf(CaseId caseId) {
        return store.findSagas(CaseWatch.class, new AssociationValue(AdjudicationSaga.CASE_ID, caseId.toString()));
    }

    private static EventMessage<?> filed(CaseId caseId) {
        return GenericEventMessage.asEventMessage(AdjudicationSagaTest.claimFiled(caseId));
    }

    private static EventMessage<?> closed(CaseId caseId) {
        return GenericEventMessage.asEventMessage(new CaseClosed(caseId, "withdrawn", Instant.now()));
    }

    /** A saga of the adjudication's shape: one association, the case id, from the claim to the closing. */
    public static class CaseWatch {
        static final List<CaseId> closings = new java.util.concurrent.CopyOnWriteArrayList<>();

        @StartSaga
        @SagaEventHandler(associationProperty = AdjudicationSaga.CASE_ID)
        public void on(DeliveryClaimFiled filed) {
        }

        @EndSaga
        @SagaEventHandler(associationProperty = AdjudicationSaga.CASE_ID)
        public void on(CaseClosed closed) {
            closings.add(closed.caseId());
        }
    }
}
