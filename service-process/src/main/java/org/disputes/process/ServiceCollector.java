package org.disputes.process;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The garbage collector the services run with: generational ZGC. G1 stopped every request an instance held for each
 * young collection, for tens to hundreds of milliseconds on two cores shared with the database (the longest up to
 * 315 ms in the benchmark's measured spans), where a command takes a few; ZGC's pauses stay under a millisecond at
 * about the same CPU per command, for some 250 MiB more memory at a 1 GiB heap (README, tuning log). An operator who
 * names a collector in {@code JDK_JAVA_OPTIONS} keeps theirs: the JVM refuses two.
 */
public final class ServiceCollector {

    static final String ZGC = "-XX:+UseZGC";
    private static final Pattern NAMES_A_COLLECTOR = Pattern.compile("-XX:\\+Use\\w+GC\\b");

    private ServiceCollector() {
    }

    /** The options to put on a service's command line, given the {@code JDK_JAVA_OPTIONS} it will inherit. */
    public static List<String> options(String inheritedJavaOptions) {
        return inheritedJavaOptions != null && NAMES_A_COLLECTOR.matcher(inheritedJavaOptions).find()
                ? List.of() : List.of(ZGC);
    }

    /** The same, for a service started from this process's environment. */
    public static List<String> options() {
        return options(System.getenv("JDK_JAVA_OPTIONS"));
    }
}
