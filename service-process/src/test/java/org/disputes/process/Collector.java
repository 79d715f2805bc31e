package org.disputes.process;

import java.io.IOException;

/** A JVM that runs a full collection for every line it reads, and ends with its input: {@link HeapWatchTest}'s. */
public final class Collector {

    private Collector() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            System.gc();
        }
    }
}
