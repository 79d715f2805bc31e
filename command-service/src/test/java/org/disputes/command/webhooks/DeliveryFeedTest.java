package org.disputes.command.webhooks;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.command.cases.CaseParties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which events the feed reads and queues, against the kinds subscriptions want. */
class DeliveryFeedTest {

    private static final CaseId CASE = CaseId.of("5e51d5ca-585b-44d9-aa6a-0f4ddbf51956");
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final UUID SUBSCRIPTION = UUID.fromString("0f6b0c2e-5d0e-4a54-9d53-2b1c4f7e8a11");

    private final SubscriptionRepository subscriptions = mock(SubscriptionRepository.class);
    private final DeliveryRepository deliveries = mock(DeliveryRepository.class);
    private final CaseParties parties = mock(CaseParties.class);
    private final DeliveryFeed feed = new DeliveryFeed(subscriptions, deliveries, parties, JsonMapper.builder().build(),
            Clock.fixed(AT, ZoneOffset.UTC), mock(DeliveryWorkers.class));

    @Test
    void anEventOfAKindNobodyWantsIsPassedOverUnread() {
        when(subscriptions.typesWanted()).thenReturn(Set.of(WebhookEventType.CASE_DECIDED));
        EventMessage<?> evidence = unreadable(EvidenceSubmitted.class);

        feed.on(evidence);

        verify(evidence, never()).getPayload();
        verify(deliveries, never()).queue(anyList(), anyString(), any(), any(), anyString(), any());
    }

    @Test
    void anEventNeverToldToReceiversDoesNotEvenAskWhatIsWanted() {
        feed.on(unreadable(FraudSuspicionRecorded.class));

        verify(subscriptions, never()).typesWanted();
    }

    @Test
    void aDecisionThatMayBeWantedIsReadAndQueuedAsTheKindItTurnsOutToBe() {
        when(subscriptions.typesWanted()).thenReturn(Set.of(WebhookEventType.CASE_ESCALATED));
        when(parties.of(CASE)).thenReturn(Optional.of(new CaseParties.Parties("SELLER-1", "CARRIER-1")));
        when(subscriptions.receiving(WebhookEventType.CASE_ESCALATED, "SELLER-1", "CARRIER-1"))
                .thenReturn(List.of(SUBSCRIPTION));

        feed.on(GenericEventMessage.asEventMessage(decided(DecisionOutcome.ESCALATE)));

        verify(deliveries).queue(eq(List.of(SUBSCRIPTION)), anyString(), eq(WebhookEventType.CASE_ESCALATED),
                eq(CASE.value()), contains("\"type\":\"case.escalated\""), eq(AT));
    }

    @Test
    void aDecisionReadButOfAnUnwantedKindIsNotQueued() {
        when(subscriptions.typesWanted()).thenReturn(Set.of(WebhookEventType.CASE_DECIDED));

        feed.on(GenericEventMessage.asEventMessage(decided(DecisionOutcome.ESCALATE)));

        verify(deliveries, never()).queue(anyList(), anyString(), any(), any(), anyString(), any());
    }

    @Test
    void everyKindIsToldAsATypeItDeclares() {
        assertThat(CaseNotices.of(decided(DecisionOutcome.ESCALATE)).orElseThrow().type())
                .isIn(CaseNotices.typesOf(CaseDecided.class));
        assertThat(CaseNotices.of(decided(DecisionOutcome.REFUND)).orElseThrow().type())
                .isEqualTo(WebhookEventType.CASE_DECIDED).isIn(CaseNotices.typesOf(CaseDecided.class));
        assertThat(CaseNotices.typesOf(FraudSuspicionRecorded.class)).isEmpty();
    }

    /** A message of that payload type whose payload cannot be read: reading it fails the test. */
    private static EventMessage<?> unreadable(Class<?> payloadType) {
        EventMessage<?> message = mock(EventMessage.class);
        when(message.getPayloadType()).then(invocation -> payloadType);
        when(message.getPayload()).thenThrow(new AssertionError("the payload was read"));
        return message;
    }

    private static CaseDecided decided(DecisionOutcome outcome) {
        return new CaseDecided(CASE, outcome, outcome == DecisionOutcome.ESCALATE ? EscalationTier.TIER2 : null,
                null, "2026.11", List.of("INR-1"), List.of("a reason"), List.of(), List.of(), "policy", AT,
                outcome == DecisionOutcome.ESCALATE ? AT.plusSeconds(3600) : null);
    }
}
