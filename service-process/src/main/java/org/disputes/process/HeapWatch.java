package org.disputes.process;

import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples a running JVM's used heap from outside, through its own management agent (attached locally, no port
 * opened), and keeps the highest value seen. Sampling is cheap: one local JMX call per interval.
 */
public final class HeapWatch implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final AtomicLong peakUsed = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch(JMXConnector connector, MemoryMXBean memory, Duration interval) {
        this.connector = connector;
        this.memory = memory;
        this.sampler = new Thread(() -> sample(interval), "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static HeapWatch of(long pid, Duration interval) throws IOException {
        String address;
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        MBeanServerConnection server = connector.getMBeanServerConnection();
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        return new HeapWatch(connector, memory, interval);
    }

    private void sample(Duration interval) {
        while (running) {
            try {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                Thread.sleep(interval.toMillis()); // a sampling period, not a wait for a condition
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException gone) {
                return; // the process ended
            }
        }
    }

    /** The most heap in use at any sample so far, in bytes. */
    public long peakUsedBytes() {
        return peakUsed.get();
    }

    /** Restarts the account, e.g. after a warm-up. */
    public void reset() {
        peakUsed.set(0);
    }

    @Override
    public void close() throws IOException {
        running = false;
        sampler.interrupt();
        connector.close();
    }
}
