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

    /** CPU milliseconds used over the span, and of the services' the milliseconds their JIT compilers took. */
    record Used(long commandMillis, long queryMillis, long databaseMillis, long commandCompilingMillis,
                long queryCompilingMillis) {

        /** {@code command services 3.25 ms, query services 1.39 ms, PostgreSQL 0.81 ms}: each per answered command. */
        String perCommand(long commands) {
            double n = Math.max(1, commands);
            return String.format(Locale.ROOT, "command services %.2f ms, query services %.2f ms, PostgreSQL %.2f ms",
                    commandMillis / n, queryMillis / n, databaseMillis / n);
        }

        /**
         * {@code command services 0.8 s (2% of their CPU), query services 0.1 s (1%)}: compiling still under way
         * (a large share) means the JIT's warm-up is in the figures.
         */
        String compiling() {
            return String.format(Locale.ROOT, "command services %.1f s (%.0f%% of their CPU), query services %.1f s "
                            + "(%.0f%%)", commandCompilingMillis / 1e3, 100.0 * commandCompilingMillis
                            / Math.max(1, commandMillis), queryCompilingMillis / 1e3,
                    100.0 * queryCompilingMillis / Math.max(1, queryMillis));
        }
    }

    private final Services services;
    private final long commandAtStart;
    private final long queryAtStart;
    private final long commandCompilingAtStart;
    private final long queryCompilingAtStart;
    private final DatabaseCpu database;

    private CpuAccount(Services services, Connection sql) throws IOException, SQLException {
        this.services = services;
        this.commandAtStart = services.commandCpuMillis();
        this.queryAtStart = services.queryCpuMillis();
        this.commandCompilingAtStart = services.commandCompilingMillis();
        this.queryCompilingAtStart = services.queryCompilingMillis();
        this.database = DatabaseCpu.startCounting(sql);
    }

    static CpuAccount start(Services services, Connection sql) throws IOException, SQLException {
        return new CpuAccount(services, sql);
    }

    Used used() throws IOException, SQLException {
        return new Used(services.commandCpuMillis() - commandAtStart, services.queryCpuMillis() - queryAtStart,
                database.millisSinceStart(), services.commandCompilingMillis() - commandCompilingAtStart,
                services.queryCompilingMillis() - queryCompilingAtStart);
    }
}
