package org.disputes.benchmark;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The refund desk below saturation: commands go out at a fixed rate ({@link OpenLoopSchedule}), each without waiting
 * for any answer, and each is timed from when it was meant to go. Slots are filled by {@link CaseSteps}, so a case's
 * commands still go in order, each after the one before answered. A case's commands go to one command instance,
 * cases in turn to each. After a lead-in, commands meant to go within the measured span count for latency; answers
 * arriving within it make the achieved rate.
 */
final class OpenLoop {

    /**
     * The phase's figures, the rate asked for, how far behind its schedule the sender itself fell, its slowest seconds,
     * and when its measured span began and ended ({@link System#nanoTime()}).
     */
    record Figures(LoadFigures load, double rate, Latency senderBehind, SlowestSeconds slowest, long measuredFrom,
                   long measuredUntil) {
    }

    private static final Duration ANSWER_PATIENCE = Duration.ofSeconds(60);

    private final Services services;
    private final Options options;
    private final Connection sql;
    private final Failures failures = new Failures();
    private final CommandSender sender = new CommandSender(failures);
    private final Probes probes;
    private final CaseSteps steps = new CaseSteps();
    private final Latency commandLatency = new Latency();
    private final StepLatency byStep = new StepLatency();
    private final Latency senderBehind = new Latency();
    private final LongAdder commands = new LongAdder();
    private final LongAdder claims = new LongAdder();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private long measureFrom;
    private long measureUntil;
    private SlowestSeconds slowest;

    OpenLoop(Services services, Options options, Connection sql) {
        this.services = services;
        this.options = options;
        this.sql = sql;
        this.probes = new Probes(services, failures);
    }

    /**
     * Sends {@code rate} commands a second for {@code leadIn} and then the measured span; {@code measuring} runs as
     * the measured span begins.
     */
    Figures run(double rate, Duration leadIn, Runnable measuring) throws Exception {
        long start = System.nanoTime();
        OpenLoopSchedule schedule = new OpenLoopSchedule(start, rate);
        measureFrom = start + leadIn.toNanos();
        measureUntil = measureFrom + options.openLoopMeasure().toNanos();
        slowest = new SlowestSeconds(measureFrom, options.openLoopMeasure());
        // the account starts on a thread of its own, so the sender keeps its schedule meanwhile
        CompletableFuture<CpuAccount> cpu = CompletableFuture.supplyAsync(() -> {
            sleepUntil(measureFrom);
            try {
                CpuAccount account = CpuAccount.start(services, sql);
                measuring.run();
                return account;
            } catch (Exception e) {
                throw new IllegalStateException("could not read the CPU account", e);
            }
        }, work -> new Thread(work, "open-loop-account").start());
        for (long slot = 0; ; slot++) {
            long due = schedule.slotAt(slot);
            if (due >= measureUntil) {
                break;
            }
            sleepUntil(due);
            if (inMeasuredSpan(due)) {
                senderBehind.recordNanos(System.nanoTime() - due);
            }
            send(steps.next(), due);
        }
        sleepUntil(measureUntil);
        CpuAccount.Used used = cpu.join().used();
        Instant patience = Instant.now().plus(ANSWER_PATIENCE);
        while (inFlight.get() > 0 && Instant.now().isBefore(patience)) {
            Thread.sleep(50); // polling a counter against a deadline
        }
        if (inFlight.get() > 0) {
            failures.note(inFlight.get() + " commands unanswered " + ANSWER_PATIENCE.toSeconds() + " s after the end");
        }
        probes.finish(options.responseWindow());
        return new Figures(new LoadFigures(options.openLoopMeasure(), commands.sum(), claims.sum(), commandLatency,
                byStep, probes.projectionLag(), probes.decisionVisible(), probes.decisionsNotSeen(),
                probes.decidedBeforeLastStep(), failures, used),
                rate, senderBehind, slowest, measureFrom, measureUntil);
    }

    private void send(CaseSteps.Step step, long slotAt) {
        long intendedAt = OpenLoopSchedule.intendedAt(slotAt, step.readyAt());
        inFlight.incrementAndGet();
        sender.send(services.commandsFor(step.caseNumber()), DeskScript.step(step.index(), step.caseId()))
                .whenComplete((answer, error) -> {
                    try {
                        if (error != null) {
                            failures.add(-1, error.toString());
                        } else {
                            answer.ifPresent(a -> answered(step, intendedAt, a));
                        }
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
    }

    private void answered(CaseSteps.Step step, long intendedAt, CommandSender.Answer answer) {
        long answeredAt = answer.answeredAt();
        boolean answeredInSpan = inMeasuredSpan(answeredAt);
        if (inMeasuredSpan(intendedAt)) {
            long latency = OpenLoopSchedule.latency(intendedAt, answeredAt);
            commandLatency.recordNanos(latency);
            byStep.recordNanos(step.index(), latency);
            slowest.record(intendedAt, latency);
        }
        if (answeredInSpan) {
            commands.increment();
            if (step.index() == 0) {
                claims.increment();
            }
        }
        if (accepted.incrementAndGet() % options.lagSampleEvery() == 0) {
            probes.projectionLag(step.caseId(), answer.version(), answeredAt, answeredInSpan);
        }
        steps.answered(step, answeredAt);
        if (step.last() && answeredInSpan && step.caseNumber() % options.decisionSampleEvery() == 0) {
            probes.decision(step.caseId(), answer.version());
        }
    }

    private boolean inMeasuredSpan(long nanos) {
        return nanos >= measureFrom && nanos < measureUntil;
    }

    /** Parks until the {@link System#nanoTime()} value {@code due}: the schedule, not a wait for a condition. */
    private static void sleepUntil(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
