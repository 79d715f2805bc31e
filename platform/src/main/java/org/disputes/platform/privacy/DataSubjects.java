package org.disputes.platform.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.Purchase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whose personal data an event holds: the customer of the purchase a case opens on, the reporting customer of a
 * scam report, or, for the other events of a case, the customer of that case. A case opened in this process is
 * remembered from its opening event, since the events that follow it in the same transaction are stored before any
 * table says whose case it is.
 */
public class DataSubjects {

    /** Where a service looks up the customer of a case it did not see open. */
    public interface CaseCustomers {
        Optional<String> customerOf(CaseId caseId);
    }

    /**
     * Each record type's component accessors by name, looked up once: {@link Class#getRecordComponents()} makes new
     * accessor methods at every call, and each builds a method handle of its own when first invoked.
     */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return type.isRecord()
                    ? Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor))
                    : Map.of();
        }
    };

    private final CaseCustomers cases;
    private final Cache<CaseId, String> opened = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5))
            .maximumSize(10_000).build();

    DataSubjects(CaseCustomers cases) {
        this.cases = cases;
    }

    /** Remembers the customer of a case this event opens. */
    void opened(Object event) {
        if (event instanceof CaseEvent caseEvent) {
            component(event, "purchase").filter(Purchase.class::isInstance).map(Purchase.class::cast)
                    .ifPresent(purchase -> {
                        opened.put(caseEvent.caseId(), purchase.customerId());
                        forgetOnRollback(caseEvent.caseId());
                    });
        }
    }

    /** A case whose opening rolled back was never opened: its id may yet be another customer's. */
    private void forgetOnRollback(CaseId caseId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        opened.invalidate(caseId);
                    }
                }
            });
        }
    }

    Optional<String> customerOf(Object event) {
        Optional<Object> purchase = component(event, "purchase");
        if (purchase.isPresent() && purchase.get() instanceof Purchase p) {
            return Optional.of(p.customerId());
        }
        Optional<Object> customer = component(event, "customerId");
        if (customer.isPresent() && customer.get() instanceof String id) {
            return Optional.of(id);
        }
        if (event instanceof CaseEvent caseEvent) {
            String known = opened.getIfPresent(caseEvent.caseId());
            return known != null ? Optional.of(known) : cases.customerOf(caseEvent.caseId());
        }
        return Optional.empty();
    }

    private static Optional<Object> component(Object event, String name) {
        Method accessor = ACCESSORS.get(event.getClass()).get(name);
        if (accessor == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(accessor.invoke(event));
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("Cannot read " + name + " of " + event.getClass().getSimpleName(),
                    unreadable);
        }
    }
}
