package org.disputes.query.deadletters;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.disputes.query.projection.Projection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' switch for a projection that cannot handle a case's events: a projection in every test context (test
 * contexts share the database, and any of their processors may take the event), throwing on the cases named here.
 * The set is static for the same reason.
 */
@Component
public class PoisonedCases implements Projection {

    private static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

    public static void poison(String caseId) {
        POISONED.add(caseId);
    }

    public static void heal(String caseId) {
        POISONED.remove(caseId);
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public Runnable apply(List<? extends EventMessage<?>> events, Mode mode) {
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain && POISONED.contains(domain.getAggregateIdentifier())) {
                // a message quoting the event, as a real failure might: it must reach no operator
                throw new IllegalStateException("Cannot project " + event.getPayload());
            }
        }
        return () -> { };
    }
}
