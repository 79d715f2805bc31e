package org.disputes.launcher;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void aPortSomethingListensOnIsTakenAndItsHolderNamedWhereTheMachineCanTell() throws Exception {
        int port;
        try (ServerSocket stray = new ServerSocket()) {
            stray.bind(new InetSocketAddress(0));
            port = stray.getLocalPort();

            assertThat(Ports.free(port)).isFalse();
            if (Files.isExecutable(Path.of("/usr/bin/ss")) || Files.isExecutable(Path.of("/bin/ss"))) {
                assertThat(Ports.holder(port)).hasValueSatisfying(holder ->
                        assertThat(holder).endsWith("(pid " + ProcessHandle.current().pid() + ")"));
            }
        }
        assertThat(Ports.free(port)).isTrue();
        assertThat(Ports.holder(port)).isEmpty();
    }
}
