package org.disputes.benchmark;

import org.disputes.localdb.ThrowawayDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** What the figures were measured on, printed with them: they mean nothing without it. */
final class Machine {

    private Machine() {
    }

    static String describe(ThrowawayDatabase db) throws Exception {
        return String.format("%s, %d cores, %s RAM; %s; Java %s (%s); %s", cpu(),
                Runtime.getRuntime().availableProcessors(), memory(), os(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), postgres(db));
    }

    private static String cpu() throws IOException {
        return linesOf("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static String memory() throws IOException {
        return linesOf("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB")
                .findFirst().orElse("unknown");
    }

    private static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String postgres(ThrowawayDatabase db) throws Exception {
        try (Connection connection = db.server().connect(db.name()); Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("select split_part(version(), ' on ', 1),"
                     + " current_setting('synchronous_commit'), current_setting('autovacuum')")) {
            version.next();
            return version.getString(1) + " (synchronous_commit " + version.getString(2) + ", autovacuum "
                    + version.getString(3) + ")";
        }
    }

    private static List<String> linesOf(String file) throws IOException {
        Path path = Path.of(file);
        return Files.isReadable(path) ? Files.readAllLines(path) : List.of();
    }
}
