package org.disputes.benchmark;

import org.disputes.process.ServiceProcess;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the PostgreSQL server processes serving the benchmark's database, from the kernel's account (the
 * server runs on this machine). The benchmark's own connection is left out: its polling is not the service's cost.
 * Server-wide processes (WAL writer, checkpointer) belong to no database and are not counted.
 */
final class DatabaseCpu {

    private final Connection sql;
    private final Map<Long, Long> atStart;

    private DatabaseCpu(Connection sql) throws SQLException {
        this.sql = sql;
        this.atStart = backends();
    }

    static DatabaseCpu startCounting(Connection sql) throws SQLException {
        return new DatabaseCpu(sql);
    }

    /** CPU milliseconds since counting started; a server process that has ended since is lost (pools keep theirs). */
    long millisSinceStart() throws SQLException {
        long millis = 0;
        for (Map.Entry<Long, Long> now : backends().entrySet()) {
            millis += now.getValue() - atStart.getOrDefault(now.getKey(), 0L);
        }
        return millis;
    }

    private Map<Long, Long> backends() throws SQLException {
        Map<Long, Long> cpu = new HashMap<>();
        try (var pids = sql.createStatement().executeQuery(
                "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (pids.next()) {
                try {
                    cpu.put(pids.getLong(1), ServiceProcess.cpuMillisOf(pids.getLong(1)));
                } catch (IOException ended) {
                    // gone between the query and the read
                }
            }
        }
        return cpu;
    }
}
