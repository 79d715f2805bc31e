package org.disputes.query.cases;

import org.axonframework.common.transaction.TransactionManager;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.disputes.query.CommandEventStoreForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New views fill a page only so far (V10), so that a view's next version, with none of its indexed columns changed,
 * goes beside the old one on the same page and touches none of the table's indexes (a heap-only tuple).
 */
@SpringBootTest
@Import(CommandEventStoreForTests.class)
class CaseViewPagesTest {

    @Autowired
    CaseViewRepository views;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageOfNewViewsHasRoomForTheNextVersionOfOneOfThem() {
        List<CaseView> written = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            CaseView view = filed();
            written.add(view);
            transactions.executeInTransaction(() -> views.saveAll(List.of(view))); // one a transaction, as filed
        }
        List<UUID> ids = written.stream().map(view -> UUID.fromString(view.caseId())).toList();
        long pages = jdbc.sql("""
                        select count(distinct (ctid::text::point)[0]) from query.case_view
                        where case_id = any(cast(? as uuid[]))""")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new)).query(Long.class).single();

        AtomicLong inPlace = new AtomicLong();
        transactions.executeInTransaction(() -> {
            long before = heapOnlyUpdatesInThisTransaction();
            views.saveAll(written.stream().map(view -> view.withVersion(2)).toList());
            inPlace.set(heapOnlyUpdatesInThisTransaction() - before);
        });

        // Within one transaction no old version can be pruned to make room, so only the room each page was left
        // with counts: filled to the brim, as before V10, the full pages take none of the new versions.
        assertThat(pages).isGreaterThan(1);
        assertThat(inPlace.get()).as("next versions in place, of %d views on %d pages", written.size(), pages)
                .isGreaterThanOrEqualTo(pages);
        assertThat(views.find(ids.get(0)).orElseThrow().version()).isEqualTo(2);
    }

    private long heapOnlyUpdatesInThisTransaction() {
        return jdbc.sql("select pg_stat_get_xact_tuples_hot_updated('query.case_view'::regclass)")
                .query(Long.class).single();
    }

    private static CaseView filed() {
        // a year no other test counts statistics over, as in CaseProjectionBatchTest
        Instant filedAt = CaseProjectionBatchTest.FILED;
        DeliveryClaimFiled filed = new DeliveryClaimFiled(new CaseId(UUID.randomUUID()), CaseViewFoldTest.PURCHASE,
                Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP, filedAt.minusSeconds(86400), "never came",
                filedAt, filedAt.plusSeconds(259200));
        return CaseViewFold.apply(null, filed, 1);
    }
}
