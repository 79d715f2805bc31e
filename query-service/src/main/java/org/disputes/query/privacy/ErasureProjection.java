package org.disputes.query.privacy;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.disputes.api.CaseId;
import org.disputes.api.privacy.CustomerErased;
import org.disputes.api.privacy.PersonalData;
import org.disputes.platform.privacy.PersonalKeys;
import org.disputes.query.cases.CaseProjection;
import org.disputes.query.projection.Projection;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The erasure register, and the query side's own copies of an erased customer's personal text: at their erasure,
 * the views and timelines of their cases are folded again from the event store (whose personal fields now read
 * "[erased]"), exactly as a rebuild would fold them, and their scam reports' descriptions are blanked. A rebuild
 * needs none of this: it reads the events after the key is gone.
 */
@Component
public class ErasureProjection implements Projection {

    private final JdbcClient jdbc;
    private final PersonalKeys keys;
    private final EventStore events;
    private final CaseProjection cases;

    ErasureProjection(JdbcClient jdbc, PersonalKeys keys, @Lazy EventStore events, CaseProjection cases) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.events = events;
        this.cases = cases;
    }

    @Override
    public List<String> tables() {
        return List.of("query.erasure");
    }

    @Override
    public Runnable apply(List<? extends EventMessage<?>> batch, Mode mode) {
        List<Runnable> afterCommit = new ArrayList<>();
        for (EventMessage<?> message : batch) {
            if (message.getPayload() instanceof CustomerErased erased) {
                long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
                jdbc.sql("""
                                insert into query.erasure (customer_id, sequence, reference, basis, erased_by, erased_at,
                                    events_concerned) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(erased.customerId(), sequence, erased.reference(), erased.basis(), erased.erasedBy(),
                                Timestamp.from(erased.erasedAt()), erased.eventsConcerned())
                        .update();
                if (mode == Mode.LIVE) {
                    afterCommit.add(blank(erased));
                }
            }
        }
        return () -> afterCommit.forEach(Runnable::run);
    }

    private Runnable blank(CustomerErased erased) {
        // a key this process still remembers would open the events again
        keys.forget(erased.customerId());
        List<DomainEventMessage<?>> history = new ArrayList<>();
        for (CaseId caseId : erased.caseIds()) {
            jdbc.sql("delete from query.case_timeline where case_id = ?").param(caseId.value()).update();
            jdbc.sql("delete from query.case_view where case_id = ?").param(caseId.value()).update();
            events.readEvents(caseId.toString()).asStream().forEach(history::add);
        }
        jdbc.sql("update query.scam_report set description = ? where customer_id = ? and description is not null")
                .params(PersonalData.ERASED, erased.customerId()).update();
        return history.isEmpty() ? () -> { } : cases.apply(history, Mode.LIVE);
    }
}
