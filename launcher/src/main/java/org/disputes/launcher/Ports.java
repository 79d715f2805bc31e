package org.disputes.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether the ports the system serves on are free, and who holds one that is not. */
final class Ports {

    private static final Pattern SS_PROCESS = Pattern.compile("\\(\"([^\"]+)\",pid=(\\d+)");

    private Ports() {
    }

    /** True when nothing listens on {@code port}: binding it (as the service will) succeeds. */
    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /**
     * The process listening on {@code port}, e.g. {@code python3 (pid 4242)}, when this machine can tell: asks
     * {@code ss} (Linux), which names the process only to its owner or root.
     */
    static Optional<String> holder(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ss.waitFor(5, TimeUnit.SECONDS) || ss.exitValue() != 0) {
                return Optional.empty();
            }
            Matcher m = SS_PROCESS.matcher(out);
            return m.find() ? Optional.of(m.group(1) + " (pid " + m.group(2) + ")") : Optional.empty();
        } catch (IOException noSs) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
