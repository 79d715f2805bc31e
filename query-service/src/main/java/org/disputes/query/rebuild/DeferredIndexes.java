package org.disputes.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * While a rebuild loads every view, the secondary indexes of the projections' tables are dropped, and so are the
 * primary keys of the tables it only loads, and built again once it is done: building an index over the loaded rows
 * costs a fraction of keeping it up to date row by row (PostgreSQL's manual, "Populating a Database"). Their
 * definitions wait in {@code query.deferred_index}, stored in the transaction that drops them, so an index a rebuild
 * cut short never built again is built when the service next starts.
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

    /** A primary key: its constraint's name, its table and its definition ({@code PRIMARY KEY (case_id, sequence)}). */
    private record PrimaryKey(String name, String table, String definition) {
    }

    private static final RowMapper<Index> INDEX = (rs, n) -> new Index(rs.getString(1), rs.getString(2));

    /**
     * Drops the indexes of {@code tables} but their primary keys and unique indexes (which the writes need), and the
     * primary keys of {@code loaded} (of those, the tables written without looking for conflicts), keeping their
     * definitions.
     */
    void defer(List<String> tables, List<String> loaded) {
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
                keep(index);
                jdbc.sql("drop index query." + quoted(index.name())).update();
            }
            List<PrimaryKey> primaryKeys = jdbc.sql("""
                            select k.conname, quote_ident(n.nspname) || '.' || quote_ident(t.relname),
                                   pg_get_constraintdef(k.oid)
                            from pg_constraint k join pg_class t on t.oid = k.conrelid
                            join pg_namespace n on n.oid = t.relnamespace
                            where k.conrelid = any(cast(? as regclass[])) and k.contype = 'p' order by k.conname""")
                    .param(loaded.toArray(String[]::new))
                    .query((rs, n) -> new PrimaryKey(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .list();
            for (PrimaryKey key : primaryKeys) {
                String constraint = " constraint " + quoted(key.name());
                keep(new Index(key.name(),
                        "alter table " + key.table() + " add" + constraint + " " + key.definition()));
                jdbc.sql("alter table " + key.table() + " drop" + constraint).update();
            }
        });
    }

    private void keep(Index index) {
        jdbc.sql("insert into query.deferred_index (name, definition) values (?, ?)")
                .params(index.name(), index.definition())
                .update();
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
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
