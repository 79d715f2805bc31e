package org.disputes.command.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.disputes.api.CaseId;
import org.disputes.api.Purchase;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.command.cases.CaseParties;
import org.disputes.platform.database.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * A case's parties from the case history, which records them in the transaction that files the case: a case
 * that exists has its row. Cases filed before the history recorded parties (and disputes filed before it
 * recorded disputes at all) are read from their first event instead.
 */
public class JdbcCaseParties implements CaseParties {

    private final JdbcClient jdbc;
    private final EventStorageEngine events;
    /** A case's parties never change once it is filed, so what was read once holds for good. */
    private final Cache<CaseId, Parties> known = Caffeine.newBuilder().maximumSize(100_000).build();

    public JdbcCaseParties(JdbcClient jdbc, EventStorageEngine events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Parties> of(CaseId caseId) {
        Parties remembered = remembered(caseId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<Parties> read = read(caseId);
        read.ifPresent(parties -> known.put(caseId, parties));
        return read;
    }

    /**
     * The parties of a case being filed in the caller's transaction, remembered once that transaction commits (a
     * filing rolled back leaves no case, and its id may be filed again with other parties), so that the case's first
     * command by a seller or carrier on this instance reads nothing.
     */
    public void filed(CaseId caseId, Parties parties) {
        AfterCommit.run(() -> known.put(caseId, parties));
    }

    /** The parties known here without reading, or null. */
    Parties remembered(CaseId caseId) {
        return known.getIfPresent(caseId);
    }

    private Optional<Parties> read(CaseId caseId) {
        Optional<Parties> recorded = jdbc.sql("""
                        select seller_id, carrier_id from command.case_history
                        where case_id = ? and seller_id is not null""")
                .param(caseId.value())
                .query((row, n) -> new Parties(row.getString("seller_id"), row.getString("carrier_id")))
                .optional();
        return recorded.isPresent() ? recorded : fromFirstEvent(caseId);
    }

    private Optional<Parties> fromFirstEvent(CaseId caseId) {
        DomainEventStream stream = events.readEvents(caseId.toString(), 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        Object payload = stream.next().getPayload();
        Purchase purchase = payload instanceof DeliveryClaimFiled ? ((DeliveryClaimFiled) payload).purchase()
                : payload instanceof CustomerDisputeOpened ? ((CustomerDisputeOpened) payload).purchase() : null;
        return Optional.ofNullable(purchase).map(p -> new Parties(p.sellerId(), p.carrierId()));
    }
}
