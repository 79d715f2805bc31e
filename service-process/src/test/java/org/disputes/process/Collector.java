package org.disputes.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A JVM that runs a full collection for every line it reads, and ends with its input: {@link HeapWatchTest}'s. A
 * line giving a number of MiB first fills that much of the heap with garbage, for the collection to find.
 */
public final class Collector {

    /** Where the garbage is put, so that the JIT cannot leave the allocation out. */
    static volatile byte[] garbage;

    private Collector() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                garbage = new byte[Integer.parseInt(line.strip()) << 20];
                garbage = null;
            }
            System.gc();
        }
    }
}
