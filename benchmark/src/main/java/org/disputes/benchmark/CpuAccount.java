package org.disputes.benchmark;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * CPU the system spends over a measured span: the command instances together, the query instances together, and
 * the PostgreSQL server processes serving the benchmark's database (their connections' backends; see
 * {@link DatabaseCpu}).
 */
final class CpuAccount {

    /** CPU milliseconds used over the span. */
    record Used(long commandMillis, long queryMillis, long databaseMillis) {

        /** {@code command services 3.25 ms, query services 1.39 ms, PostgreSQL 0.81 ms}: each per answered command. */
        String perCommand(long commands) {
            double n = Math.max(1, commands);
            return String.format(Locale.ROOT, "command services %.2f ms, query services %.2f ms, PostgreSQL %.2f ms",
                    commandMillis / n, queryMillis / n, databaseMillis / n);
        }
    }

    private final Services services;
    private final long commandAtStart;
    private final long queryAtStart;
    private final DatabaseCpu database;

    private CpuAccount(Services services, Connection sql) throws IOException, SQLException {
        this.services = services;
        this.commandAtStart = services.commandCpuMillis();
        this.queryAtStart = services.queryCpuMillis();
        this.database = DatabaseCpu.startCounting(sql);
    }

    static CpuAccount start(Services services, Connection sql) throws IOException, SQLException {
        return new CpuAccount(services, sql);
    }

    Used used() throws IOException, SQLException {
        return new Used(services.commandCpuMillis() - commandAtStart, services.queryCpuMillis() - queryAtStart,
                database.millisSinceStart());
    }
}
