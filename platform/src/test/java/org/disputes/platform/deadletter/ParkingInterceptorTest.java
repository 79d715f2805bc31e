package org.disputes.platform.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** An event whose handling failed is parked when its batch comes again, and the group reads its sequences anew. */
class ParkingInterceptorTest {

    private final ParkedGroup group = mock(ParkedGroup.class);
    private final ParkedGroup.Batch batch = mock(ParkedGroup.Batch.class);
    private final ParkingInterceptor interceptor =
            new ParkingInterceptor(group, SequentialPerAggregatePolicy.instance());
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("an event");

    @Test
    void aFailedEventIsParkedTheNextTimeAndTheGroupForgetsWhatItReadOnceThatCommits() throws Exception {
        when(group.batch()).thenReturn(batch);
        DefaultUnitOfWork<EventMessage<?>> first = DefaultUnitOfWork.startAndGet(event);
        assertThatThrownBy(() -> interceptor.handle(first, () -> {
            throw new IllegalStateException("the handler failed");
        })).isInstanceOf(IllegalStateException.class);
        first.rollback();
        verify(group, never()).park(any(), any(), any());

        DefaultUnitOfWork<EventMessage<?>> again = DefaultUnitOfWork.startAndGet(event);
        Object result = interceptor.handle(again, () -> {
            throw new AssertionError("a failed event is not handled again");
        });
        assertThat(result).isNull();
        verify(group).park(eq(event.getIdentifier()), eq(event), any(IllegalStateException.class));
        verify(batch).parked(event.getIdentifier());
        verify(group, never()).forget();

        again.commit();
        verify(group).forget();
    }

    @Test
    void anEventOfAWaitingSequenceIsParkedBehindItUnhandled() throws Exception {
        when(group.batch()).thenReturn(batch);
        when(batch.waits(event.getIdentifier())).thenReturn(true);
        DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(event);
        interceptor.handle(unit, () -> {
            throw new AssertionError("a waiting sequence's event is not handled");
        });
        verify(group).parkBehind(event.getIdentifier(), event);
        unit.commit();
    }
}
