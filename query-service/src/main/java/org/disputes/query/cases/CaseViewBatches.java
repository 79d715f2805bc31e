package org.disputes.query.cases;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Gives each unit of work (one batch of the event processor) its {@link CaseViewBatch}: the views of every case the
 * batch names are read in one query when its first event arrives, written when it prepares to commit, and readers
 * waiting for a version are woken once it has committed.
 */
@Component
class CaseViewBatches {

    private static final String RESOURCE = CaseViewBatch.class.getName();
    private final CaseViewRepository views;
    private final CaseViewUpdates updates;

    CaseViewBatches(CaseViewRepository views, CaseViewUpdates updates) {
        this.views = views;
        this.updates = updates;
    }

    /** The batch of the unit of work handling the current event. */
    CaseViewBatch current() {
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        return unit.getOrComputeResource(RESOURCE, key -> open(unit));
    }

    private CaseViewBatch open(UnitOfWork<?> unit) {
        List<? extends Message<?>> messages = unit instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(unit.getMessage());
        CaseViewBatch batch = new CaseViewBatch(views, casesIn(messages));
        unit.onPrepareCommit(u -> batch.write());
        unit.afterCommit(u -> batch.changedCases().forEach(updates::changed));
        return batch;
    }

    /** The cases whose events {@code messages} are (the unit of work's: only the current event, unless a batch). */
    static List<UUID> casesIn(List<? extends Message<?>> messages) {
        return messages.stream()
                .map(CaseViewBatches::caseOf)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The case an event belongs to, or null for events of other aggregates. */
    static UUID caseOf(Message<?> message) {
        return message instanceof DomainEventMessage<?> event && CaseProjection.CASE_AGGREGATE.equals(event.getType())
                ? UUID.fromString(event.getAggregateIdentifier()) : null;
    }
}
