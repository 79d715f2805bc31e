package org.disputes.process;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
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
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Watches a running JVM's heap from outside, through its own management agent (attached locally, no port opened),
 * by the garbage-collection notifications the JVM sends at the end of each collection: the heap in use before each
 * one is the most it held since the one before (between collections the heap in use only grows), so the highest of
 * them, and the heap in use when asked, is its peak, with no call to the JVM while it works. It also counts the
 * collections' pauses: a pause stops every request the instance holds, so it shows in the latency's tail. Asked,
 * it has the JVM collect its whole heap ({@link #collect()}), as the benchmark does at the end of its warm-up.
 */
public final class HeapWatch implements AutoCloseable {

    /** The collectors' pauses heard of since the watch began or was reset: how many, in all, and the longest. */
    public record Pauses(long count, long totalMillis, long longestMillis) {
    }

    /** How long a collection's notice may take to arrive once the JVM has answered. */
    private static final Duration NOTICE_PATIENCE = Duration.ofSeconds(10);
    /** The cause a collection asked for by {@code System.gc()} or its management bean reports. */
    private static final String ASKED = "System.gc()";

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    /** The heap's pools ({@code G1 Eden Space}, {@code G1 Old Gen}, ...): a collection also reports the others. */
    private final Set<String> heapPools;
    private final AtomicLong peakUsed = new AtomicLong();
    /** The pauses' account, replaced whole under the watch's lock so that it is never read half updated. */
    private Pauses pauses = new Pauses(0, 0, 0);
    /** Collections heard of that were asked for ({@link #collect()}), under the watch's lock. */
    private long asked;

    private HeapWatch(JMXConnector connector, MemoryMXBean memory, Set<String> heapPools) {
        this.connector = connector;
        this.memory = memory;
        this.heapPools = heapPools;
    }

    public static HeapWatch of(long pid) throws IOException {
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
        Set<String> heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        HeapWatch watch = new HeapWatch(connector, memory, heapPools);
        watch.listenForCollections(server);
        return watch;
    }

    /**
     * Every collector's notifications. All tell the heap in use before; pauses are counted from all but those of
     * ZGC's and Shenandoah's concurrent cycles ({@code ... Cycles}): G1's young and mixed pauses ({@code G1 Young
     * Generation}), full ones ({@code G1 Old Generation}) and, from JDK 20, its remark and cleanup pauses ({@code G1
     * Concurrent GC}); ZGC's and Shenandoah's {@code ... Pauses}.
     */
    private void listenForCollections(MBeanServerConnection server) throws IOException {
        try {
            ObjectName collectors = new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*");
            for (ObjectName collector : server.queryNames(collectors, null)) {
                boolean pauses = !collector.getKeyProperty("name").endsWith("Cycles");
                server.addNotificationListener(collector,
                        (notification, handback) -> collected(notification, pauses), null, null);
            }
        } catch (JMException e) {
            throw new IOException("cannot listen to the collectors: " + e.getMessage(), e);
        }
    }

    private void collected(Notification notification, boolean paused) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo notice =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        GcInfo collection = notice.getGcInfo();
        long usedBefore = collection.getMemoryUsageBeforeGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        synchronized (this) {
            peakUsed.accumulateAndGet(usedBefore, Math::max);
            if (paused) {
                long millis = collection.getDuration();
                pauses = new Pauses(pauses.count() + 1, pauses.totalMillis() + millis,
                        Math.max(pauses.longestMillis(), millis));
            }
            if (ASKED.equals(notice.getGcCause())) {
                asked++;
                notifyAll();
            }
        }
    }

    /**
     * Has the JVM collect its whole heap now ({@code System.gc()}, a full collection under G1), and returns once its
     * notice has been heard of, so that a {@link #reset()} right after leaves it out of the account.
     *
     * @return how long the JVM took to answer, its pause and the call
     */
    public Duration collect() throws InterruptedException {
        long heardBefore;
        synchronized (this) {
            heardBefore = asked;
        }
        long start = System.nanoTime();
        memory.gc();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long deadline = System.nanoTime() + NOTICE_PATIENCE.toNanos();
        synchronized (this) {
            for (long left = NOTICE_PATIENCE.toNanos(); asked == heardBefore && left > 0;
                 left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left); // collected() notifies
            }
        }
        return took;
    }

    /**
     * The most heap in use since the watch began or was reset, in bytes: the most before any collection heard of, or
     * what is in use now if that is more (once the JVM has ended, what was heard of).
     */
    public long peakUsedBytes() {
        try {
            return peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        } catch (RuntimeException gone) {
            return peakUsed.get();
        }
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
        connector.close();
    }
}
