package org.disputes.query.cases;

import org.disputes.query.CommandEventStoreForTests;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V11 turns the views stored as jsonb into json text and moves what queries read inside a view into columns of its
 * own: a database migrated from V10 keeps every view as it was, with its decision and parties in the new columns.
 * The query side's migrations run in a schema of their own here, from V1 to V10, then to the newest.
 */
@SpringBootTest
@Import(CommandEventStoreForTests.class)
class ViewsKeptAsJsonMigrationTest {

    private static final String SCHEMA = "views_before_v11";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void dropSchema() {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void viewsStoredAsJsonbKeepTheirContentAndFillTheNewColumns() {
        flyway("10").migrate();
        jdbc.sql("""
                insert into %s.case_view (case_id, kind, status, jurisdiction, customer_id, filed_at, version, view)
                values ('00000000-0000-4000-8000-000000000001', 'ITEM_NOT_RECEIVED', 'REFUNDED', 'FR', 'CUST-1',
                        '2026-11-22T10:00:00Z', 4, cast(:decided as jsonb)),
                       ('00000000-0000-4000-8000-000000000002', 'ITEM_NOT_RECEIVED', 'OPEN', 'FR', 'CUST-2',
                        '2026-11-22T11:00:00Z', 1, cast(:open as jsonb))""".formatted(SCHEMA))
                .param("decided", """
                        {"caseId": "00000000-0000-4000-8000-000000000001", "sellerId": "SELLER-1",
                         "carrierId": "CARRIER-1", "statement": "caf\\u00e9 \\"never\\" came",
                         "decision": {"outcome": "REFUND", "decidedBy": "policy",
                                      "decidedAt": "2026-11-22T16:00:00.123456Z"}}""")
                .param("open", """
                        {"caseId": "00000000-0000-4000-8000-000000000002", "sellerId": "SELLER-2",
                         "carrierId": null, "decision": null}""")
                .update();
        String decidedBefore = viewText("00000000-0000-4000-8000-000000000001");

        flyway(null).migrate();

        assertThat(jdbc.sql("select data_type from information_schema.columns where table_schema = ?"
                        + " and table_name = 'case_view' and column_name = 'view'")
                .param(SCHEMA).query(String.class).single()).isEqualTo("json");
        Map<String, Object> decided = columns("00000000-0000-4000-8000-000000000001");
        assertThat(decided).containsEntry("seller_id", "SELLER-1").containsEntry("carrier_id", "CARRIER-1")
                .containsEntry("decided_by", "policy");
        assertThat(((Timestamp) decided.get("decided_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-22T16:00:00.123456Z"));
        assertThat(viewText("00000000-0000-4000-8000-000000000001")).isEqualTo(decidedBefore);
        assertThat(columns("00000000-0000-4000-8000-000000000002")).containsEntry("seller_id", "SELLER-2")
                .containsEntry("carrier_id", null).containsEntry("decided_by", null).containsEntry("decided_at", null);
        // the party columns are the service's to write now, no longer generated from the view
        jdbc.sql("update %s.case_view set seller_id = 'SELLER-9' where status = 'OPEN'".formatted(SCHEMA)).update();
        assertThat(columns("00000000-0000-4000-8000-000000000002")).containsEntry("seller_id", "SELLER-9");
        assertThat(jdbc.sql("select attstorage from pg_attribute where attrelid = cast(? as regclass)"
                        + " and attname = 'view'")
                .param(SCHEMA + ".case_view").query(String.class).single()).as("kept in its row").isEqualTo("m");
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private String viewText(String caseId) {
        return jdbc.sql("select view::text from %s.case_view where case_id = cast(? as uuid)".formatted(SCHEMA))
                .param(caseId).query(String.class).single();
    }

    private Map<String, Object> columns(String caseId) {
        return jdbc.sql("""
                        select seller_id, carrier_id, decided_by, decided_at from %s.case_view
                        where case_id = cast(? as uuid)""".formatted(SCHEMA))
                .param(caseId).query().singleRow();
    }
}
