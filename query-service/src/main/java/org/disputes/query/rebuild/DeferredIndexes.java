package org.disputes.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * While a rebuild loads every view, the secondary indexes of the projections' tables are dropped, and built again
 * once it is done: building an index over the loaded rows costs a fraction of keeping it up to date row by row
 * (PostgreSQL's manual, "Populating a Database"). Their definitions wait in {@code query.deferred_index}, stored in the transaction that
 * drops them, so an index a rebuild cut short never built again is built when the service next starts.
 */
@Component
class DeferredIndexes {

    private final JdbcClient jdbc;
    private final TransactionManager transactions;

    DeferredIndexes(JdbcClient jdbc, TransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private record Index(String name, String definition) {
    }

    private static final RowMapper<Index> INDEX = (rs, n) -> new Index(rs.getString(1), rs.getString(2));

    /**
     * Drops the indexes of {@code tables} but their primary keys and unique indexes (which the writes need),
     * keeping their definitions.
     */
    void defer(List<String> tables) {
        transactions.executeInTransaction(() -> {
            List<Index> secondary = jdbc.sql("""
                            select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i
                            join pg_class c on c.oid = i.indexrelid
                            where i.indrelid = any(cast(? as regclass[])) and not i.indisprimary and not i.indisunique
                            order by c.relname""")
                    .param(tables.toArray(String[]::new))
                    .query(INDEX)
                    .list();
            for (Index index : secondary) {
                jdbc.sql("insert into query.deferred_index (name, definition) values (?, ?)")
                        .params(index.name(), index.definition())
                        .update();
                jdbc.sql("drop index query.\"" + index.name().replace("\"", "\"\"") + "\"").update();
            }
        });
    }

    /** Builds every index whose building was deferred; how many there were. */
    int build() {
        return transactions.fetchInTransaction(() -> {
            List<Index> deferred = jdbc.sql("select name, definition from query.deferred_index order by name for update")
                    .query(INDEX)
                    .list();
            for (Index index : deferred) {
                jdbc.sql(index.definition()).update();
                jdbc.sql("delete from query.deferred_index where name = ?").param(index.name()).update();
            }
            return deferred.size();
        });
    }
}
