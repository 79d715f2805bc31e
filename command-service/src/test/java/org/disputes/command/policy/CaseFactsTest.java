package org.disputes.command.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputes.api.evidence.EvidenceType.CARRIER_SCAN;
import static org.disputes.command.policy.Fixtures.carrier;
import static org.disputes.command.policy.Fixtures.deliveryClaim;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The facts a decision rests on are complete, or the policy refuses them rather than guess. */
class CaseFactsTest {

    static Stream<Arguments> incompleteFacts() {
        return Stream.of(
                arguments("no tenders", (UnaryOperator<CaseFacts.Builder>) b -> b.tenders(List.of())),
                arguments("no claimed amount", (UnaryOperator<CaseFacts.Builder>) b -> b.claimed(null)),
                arguments("no deadline", (UnaryOperator<CaseFacts.Builder>) b -> b.responseDueBy(null)),
                arguments("no decision instant", (UnaryOperator<CaseFacts.Builder>) b -> b.decidedAt(null)),
                arguments("a negative count", (UnaryOperator<CaseFacts.Builder>) b -> b.otherClaimsInRepeatPeriod(-1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteFacts")
    void refusesIncompleteFacts(String scenario, UnaryOperator<CaseFacts.Builder> change) {
        assertThatThrownBy(() -> change.apply(deliveryClaim()).build()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void addsLateEvidenceWithoutChangingTheRest() {
        CaseFacts facts = deliveryClaim().build();
        Evidence scan = carrier(CARRIER_SCAN);

        CaseFacts more = facts.withEvidence(scan, Fixtures.WINDOW_CLOSES.plusSeconds(60));

        assertThat(more.evidence()).containsExactly(scan);
        assertThat(more.decidedAt()).isEqualTo(Fixtures.WINDOW_CLOSES.plusSeconds(60));
        assertThat(more.claimed()).isEqualTo(facts.claimed());
        assertThat(facts.evidence()).isEmpty();
    }
}
