package org.disputes.benchmark;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The refund desk at saturation: each client works a case through the desk's script, one command after the other
 * and a case after the other, as fast as the answers come. A case's commands go to one command instance, cases in
 * turn to each. Only what is sent after the warm-up ({@link WarmUp}) and answered before the end counts.
 * <p>
 * The warm-up ends with a full collection in each instance, one after the other: until its young generation first
 * fills, an instance keeps everything that start-up and warm-up left alive in it, and the young collection that then
 * copies it all out (tens of megabytes, seconds on two shared cores, once in an instance's life) would fall into the
 * measured span or not by chance. How long each took is printed.
 */
final class ClosedLoop {

    /** The span's figures, its seconds, and when it began and ended ({@link System#nanoTime()}). */
    record Figures(LoadFigures load, SlowestSeconds seconds, long measuredFrom, long measuredUntil) {
    }

    /** Between the collections that end the warm-up and the measured span. */
    private static final Duration AFTER_COLLECTING = Duration.ofSeconds(5);

    private final Services services;
    private final Options options;
    private final Connection sql;
    private final Failures failures = new Failures();
    private final CommandSender sender = new CommandSender(failures);
    private final Probes probes;
    private final Latency commandLatency = new Latency();
    private final StepLatency byStep = new StepLatency();
    private final LongAdder commands = new LongAdder();
    private final LongAdder claims = new LongAdder();
    private final AtomicLong cases = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    /** Unknown until the warm-up ends: the clients run on and nothing counts. */
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureUntil = Long.MAX_VALUE;
    private volatile SlowestSeconds seconds;

    ClosedLoop(Services services, Options options, Connection sql) {
        this.services = services;
        this.options = options;
        this.sql = sql;
        this.probes = new Probes(services, failures);
    }

    /** Runs the warm-up, then the measured span; {@code measuring} runs as the measured span begins. */
    Figures run(Runnable measuring) throws Exception {
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            Thread client = new Thread(this::workUntilTheEnd, "client-" + i);
            clients.add(client);
            client.start();
        }
        try {
            System.out.println(WarmUp.await(options.warmUp(), options.warmUpLimit(), services.everyInstance())
                    .summary());
            System.out.println(services.collectEveryHeap());
            Thread.sleep(AFTER_COLLECTING.toMillis()); // the load runs on, nothing counts: the collections' queues drain
        } finally {
            long now = System.nanoTime();
            seconds = new SlowestSeconds(now, options.measure());
            measureFrom = now;
            measureUntil = now + options.measure().toNanos(); // the clients stop here, whatever happened above
        }
        CpuAccount cpu = CpuAccount.start(services, sql);
        measuring.run();
        for (Thread client : clients) {
            client.join();
        }
        CpuAccount.Used used = cpu.used();
        probes.finish(options.responseWindow());
        return new Figures(new LoadFigures(options.measure(), commands.sum(), claims.sum(), commandLatency, byStep,
                probes.projectionLag(), probes.decisionVisible(), probes.decisionsNotSeen(),
                probes.decidedBeforeLastStep(), failures, used), seconds,
                measureFrom, measureUntil);
    }

    private void workUntilTheEnd() {
        while (System.nanoTime() < measureUntil) {
            long caseNumber = cases.getAndIncrement();
            UUID caseId = UUID.randomUUID();
            Optional<Long> version = Optional.of(0L);
            for (int step = 0; step < DeskScript.STEPS && version.isPresent(); step++) {
                version = command(caseNumber, caseId, step);
            }
            if (version.isPresent() && inMeasuredSpan(System.nanoTime())
                    && caseNumber % options.decisionSampleEvery() == 0) {
                probes.decision(caseId, version.get());
            }
        }
    }

    /** Sends one command, waits for its answer and records it; the case's version when accepted. */
    private Optional<Long> command(long caseNumber, UUID caseId, int step) {
        long sentAt = System.nanoTime();
        Optional<CommandSender.Answer> answer = sender.send(services.commandsFor(caseNumber),
                DeskScript.step(step, caseId)).join();
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        long answeredAt = answer.get().answeredAt();
        boolean counted = sentAt >= measureFrom && answeredAt <= measureUntil;
        if (counted) {
            commands.increment();
            commandLatency.recordNanos(answeredAt - sentAt);
            byStep.recordNanos(step, answeredAt - sentAt);
            seconds.record(sentAt, answeredAt - sentAt);
            if (step == 0) {
                claims.increment();
            }
        }
        if (sent.incrementAndGet() % options.lagSampleEvery() == 0) {
            probes.projectionLag(caseId, answer.get().version(), answeredAt, counted);
        }
        return Optional.of(answer.get().version());
    }

    private boolean inMeasuredSpan(long nanos) {
        return nanos >= measureFrom && nanos <= measureUntil;
    }
}
