package org.disputes.command.adjudication;

import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.test.saga.FixtureConfiguration;
import org.axonframework.test.saga.SagaTestFixture;
import org.disputes.api.CaseEvent;
import org.disputes.api.adjudication.Signal;
import org.disputes.testsupport.SealedFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputes.command.adjudication.AdjudicationSagaTest.NOW;
import static org.disputes.command.adjudication.AdjudicationSagaTest.RESPONSE_DUE;
import static org.disputes.command.adjudication.AdjudicationSagaTest.claimFiled;
import static org.disputes.command.adjudication.AdjudicationSagaTest.exactly;
import static org.disputes.command.adjudication.AdjudicationSagaTest.refunded;
import static org.disputes.command.adjudication.AdjudicationSagaTest.sentByThePolicy;

/**
 * An event added to a case's history, or a signal added to the policy, must be thought about here: the saga
 * either handles it or lets it pass on purpose ({@link AdjudicationSaga#IGNORED}), and puts every signal on the
 * courier's record.
 */
class SagaHandlesEveryCaseEventTest {

    @Test
    void everyCaseEventIsHandledOrDeliberatelyIgnored() {
        Set<Class<?>> handled = handledEvents();
        for (Class<?> event : SealedFamily.members(CaseEvent.class)) {
            assertThat(handled.contains(event) || AdjudicationSaga.IGNORED.contains(event))
                    .as("AdjudicationSaga neither handles %s nor lists it in AdjudicationSaga.IGNORED",
                            event.getSimpleName())
                    .isTrue();
            assertThat(handled.contains(event) && AdjudicationSaga.IGNORED.contains(event))
                    .as("AdjudicationSaga handles %s, yet lists it as ignored", event.getSimpleName())
                    .isFalse();
        }
    }

    @Test
    void handlesOnlyCaseEvents() {
        assertThat(handledEvents()).isNotEmpty().allMatch(CaseEvent.class::isAssignableFrom);
        assertThat(AdjudicationSaga.IGNORED).allMatch(CaseEvent.class::isAssignableFrom);
    }

    @ParameterizedTest
    @EnumSource(Signal.class)
    void everySignalPutsOneFactOnTheCouriersRecord(Signal signal) throws Exception {
        FixtureConfiguration fixture = new SagaTestFixture<>(AdjudicationSaga.class);
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(claimFiled())
                .andThenTimeAdvancesTo(RESPONSE_DUE)
                .whenPublishingA(refunded(signal))
                .expectDispatchedCommandsMatching(exactly(sentByThePolicy()));
    }

    private static Set<Class<?>> handledEvents() {
        List<Method> handlers = Arrays.stream(AdjudicationSaga.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(SagaEventHandler.class))
                .toList();
        return handlers.stream().map(method -> method.getParameterTypes()[0]).collect(Collectors.toSet());
    }
}
