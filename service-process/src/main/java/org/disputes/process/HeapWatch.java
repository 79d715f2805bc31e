package org.disputes.process;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.tools.attach.VirtualMachine;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
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
 * opened), and keeps the highest value seen. Sampling is cheap: one local JMX call per interval. It also hears of the
 * JVM's garbage-collection pauses as the JVM reports them (a notification at the end of each) and counts them: a
 * pause stops every request the instance holds, so it shows in the latency's tail.
 */
public final class HeapWatch implements AutoCloseable {

    /** The collectors' pauses heard of since the watch began or was reset: how many, in all, and the longest. */
    public record Pauses(long count, long totalMillis, long longestMillis) {
    }

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final AtomicLong peakUsed = new AtomicLong();
    /** The pauses' account, replaced whole under the watch's lock so that it is never read half updated. */
    private Pauses pauses = new Pauses(0, 0, 0);
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
        HeapWatch watch = new HeapWatch(connector, memory, interval);
        watch.listenForPauses(server);
        return watch;
    }

    /**
     * Every collector's notifications but those of ZGC's and Shenandoah's concurrent cycles ({@code ... Cycles}):
     * G1's young and mixed pauses ({@code G1 Young Generation}), full ones ({@code G1 Old Generation}) and, from JDK
     * 20, its remark and cleanup pauses ({@code G1 Concurrent GC}); ZGC's and Shenandoah's {@code ... Pauses}.
     */
    private void listenForPauses(MBeanServerConnection server) throws IOException {
        try {
            ObjectName collectors = new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*");
            for (ObjectName collector : server.queryNames(collectors, null)) {
                if (!collector.getKeyProperty("name").endsWith("Cycles")) {
                    server.addNotificationListener(collector, (notification, handback) -> paused(notification),
                            null, null);
                }
            }
        } catch (JMException e) {
            throw new IOException("cannot listen to the collectors: " + e.getMessage(), e);
        }
    }

    private void paused(Notification notification) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            long millis = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo().getDuration();
            synchronized (this) {
                pauses = new Pauses(pauses.count() + 1, pauses.totalMillis() + millis,
                        Math.max(pauses.longestMillis(), millis));
            }
        }
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

    /** The pauses heard of so far. */
    public synchronized Pauses pauses() {
        return pauses;
    }

    /** Restarts the account, e.g. after a warm-up. */
    public synchronized void reset() {
        peakUsed.set(0);
        pauses = new Pauses(0, 0, 0);
    }

    @Override
    public void close() throws IOException {
        running = false;
        sampler.interrupt();
        connector.close();
    }
}
