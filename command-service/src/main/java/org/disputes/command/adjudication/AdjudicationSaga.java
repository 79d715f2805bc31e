package org.disputes.command.adjudication;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.CloseCase;
import org.disputes.api.adjudication.DecideCase;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.MarkEscalationOverdue;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.api.adjudication.RequestProof;
import org.disputes.api.adjudication.Signal;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.fraud.FlagCourier;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.fraud.OpenFraudReferral;
import org.disputes.api.refund.RefundIssued;
import org.disputes.api.scam.ScamReportLinked;
import org.disputes.platform.axon.MessageActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Runs one case through time: asks for proof when it opens, has the policy decide when its deadline falls,
 * watches the escalation SLA and the appeal window, and carries the policy's signals to the courier's record.
 * It decides nothing itself: every decision is the case's, taken by its rules. Deadlines live in PostgreSQL
 * (db-scheduler), so they survive a crash of the service. Registered, with its {@link CaseSegmentSagaManager}, by the
 * command service's adjudication configuration.
 */
public class AdjudicationSaga {

    static final String CASE_ID = "caseId";
    static final String RESPONSE_WINDOW = "response-window";
    static final String ESCALATION_SLA = "escalation-sla";
    static final String APPEAL_WINDOW = "appeal-window";
    static final String TRACE_ID = "traceId";
    /** Commands the saga sends are the policy's doing, not the doing of whoever caused the event it reacts to. */
    static final MetaData BY_POLICY = MetaData.with(MessageActor.ACTOR, "policy").and(MessageActor.ROLE, "POLICY");

    /**
     * The case's events the saga lets pass, on purpose: none of them moves a deadline or calls for a command
     * (evidence on a waiting case is weighed by the case itself). Every other {@link CaseEvent} has a handler here;
     * {@code AdjudicationSagaTest} holds the two lists together against the sealed family.
     */
    static final Set<Class<? extends CaseEvent>> IGNORED = Set.of(EvidenceSubmitted.class, ProofRequested.class,
            RecommendationUpdated.class, FraudSuspicionRecorded.class, ScamReportLinked.class);

    private static final Logger log = LoggerFactory.getLogger(AdjudicationSaga.class);

    private CaseId caseId;
    private String courierId;
    /** The chain the case was filed in: everything the saga causes, even from a deadline, is traced back to it. */
    private String traceId;
    /**
     * The deadlines it has set, by schedule id, so it cancels exactly its own: cancelling by name and scope makes
     * the deadline manager read every deadline of every case.
     */
    private String responseWindowId;
    private String escalationSlaId;
    private String appealWindowId;

    @StartSaga
    @SagaEventHandler(associationProperty = CASE_ID)
    void on(DeliveryClaimFiled filed, @MetaDataValue(TRACE_ID) String requestTrace, CommandGateway commands,
            DeadlineManager deadlines) {
        caseId = filed.caseId();
        traceId = requestTrace;
        courierId = filed.purchase().courierId();
        opened(filed.responseDueBy(), commands, deadlines);
    }

    @StartSaga
    @SagaEventHandler(associationProperty = CASE_ID)
    void on(CustomerDisputeOpened opened, @MetaDataValue(TRACE_ID) String requestTrace, CommandGateway commands,
            DeadlineManager deadlines) {
        caseId = opened.caseId();
        traceId = requestTrace;
        opened(opened.responseDueBy(), commands, deadlines);
    }

    private void opened(Instant dueBy, CommandGateway commands, DeadlineManager deadlines) {
        responseWindowId = set(deadlines, RESPONSE_WINDOW, responseWindowId, dueBy);
        send(commands, new RequestProof(caseId));
    }

    @DeadlineHandler(deadlineName = RESPONSE_WINDOW)
    void responseWindowClosed(Instant dueBy, CommandGateway commands) {
        responseWindowId = null; // fallen: no longer ours to cancel (db-scheduler refuses to cancel it while it runs)
        send(commands, new DecideCase(caseId));
    }

    @SagaEventHandler(associationProperty = CASE_ID)
    void on(CaseDecided decided, CommandGateway commands, DeadlineManager deadlines) {
        if (decided.outcome() == DecisionOutcome.ESCALATE) {
            escalationSlaId = set(deadlines, ESCALATION_SLA, escalationSlaId, decided.escalationDueBy());
        }
        if (courierId != null) {
            decided.signals().forEach(signal -> send(commands, onTheCouriersRecord(signal)));
        }
    }

    /** What a signal puts on the courier's record; a signal added to the policy does not compile here until it says. */
    private Object onTheCouriersRecord(Signal signal) {
        return switch (signal) {
            case OTP_REMOTE_DISCLOSURE -> new FlagCourier(courierId, caseId, signal);
            case COURIER_PATTERN -> new OpenFraudReferral(courierId, List.of(caseId));
        };
    }

    @DeadlineHandler(deadlineName = ESCALATION_SLA)
    void escalationSlaPassed(Instant dueBy, CommandGateway commands) {
        escalationSlaId = null;
        send(commands, new MarkEscalationOverdue(caseId, dueBy));
    }

    @SagaEventHandler(associationProperty = CASE_ID)
    void on(EscalationOverdue overdue, DeadlineManager deadlines) {
        escalationSlaId = set(deadlines, ESCALATION_SLA, escalationSlaId, overdue.dueBy());
    }

    @SagaEventHandler(associationProperty = CASE_ID)
    void on(EscalatedCaseDecided decided, DeadlineManager deadlines) {
        escalationSlaId = cancel(deadlines, ESCALATION_SLA, escalationSlaId);
        if (decided.outcome() == DecisionOutcome.DENY) {
            appealWindowId = set(deadlines, APPEAL_WINDOW, appealWindowId, decided.appealDueBy());
        }
    }

    @DeadlineHandler(deadlineName = APPEAL_WINDOW)
    void appealWindowPassed(Instant appealDueBy, CommandGateway commands) {
        appealWindowId = null;
        send(commands, new CloseCase(caseId, appealDueBy));
    }

    @SagaEventHandler(associationProperty = CASE_ID)
    void on(DecisionAppealed appealed, DeadlineManager deadlines) {
        appealWindowId = cancel(deadlines, APPEAL_WINDOW, appealWindowId);
        escalationSlaId = set(deadlines, ESCALATION_SLA, escalationSlaId, appealed.escalationDueBy());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CASE_ID)
    void on(RefundIssued refunded, DeadlineManager deadlines) {
        escalationSlaId = cancel(deadlines, ESCALATION_SLA, escalationSlaId);
        appealWindowId = cancel(deadlines, APPEAL_WINDOW, appealWindowId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CASE_ID)
    void on(CaseClosed closed, DeadlineManager deadlines) {
        responseWindowId = cancel(deadlines, RESPONSE_WINDOW, responseWindowId);
        escalationSlaId = cancel(deadlines, ESCALATION_SLA, escalationSlaId);
    }

    /**
     * Sets the case's one deadline of that name, replacing the one set before, if any: an event delivered again
     * (processing is at least once) moves the deadline rather than adding a second one. Each deadline carries its
     * due time, since a deadline handler's first parameter is the deadline's payload.
     */
    private static String set(DeadlineManager deadlines, String name, String previousId, Instant dueBy) {
        cancel(deadlines, name, previousId);
        return deadlines.schedule(dueBy, name, dueBy);
    }

    /** Cancels the deadline set under that id, if any (one that already fell is simply gone); no id is left. */
    private static String cancel(DeadlineManager deadlines, String name, String scheduleId) {
        if (scheduleId != null) {
            deadlines.cancelSchedule(name, scheduleId);
        }
        return null;
    }

    /** Sends on the policy's behalf; a command that fails for good is logged, never silently lost. */
    private void send(CommandGateway commands, Object command) {
        MetaData metaData = traceId == null ? BY_POLICY : BY_POLICY.and(TRACE_ID, traceId);
        commands.send(command, metaData).whenComplete((result, failure) -> {
            if (failure != null) {
                log.error("The adjudication could not carry out {}", command, failure);
            }
        });
    }

    // for Jackson: a saga is stored between events
    public CaseId getCaseId() {
        return caseId;
    }

    public void setCaseId(CaseId caseId) {
        this.caseId = caseId;
    }

    public String getTraceId() {
        return traceId;
    }

    public void setTraceId(String traceId) {
        this.traceId = traceId;
    }

    public String getCourierId() {
        return courierId;
    }

    public void setCourierId(String courierId) {
        this.courierId = courierId;
    }

    public String getResponseWindowId() {
        return responseWindowId;
    }

    public void setResponseWindowId(String responseWindowId) {
        this.responseWindowId = responseWindowId;
    }

    public String getEscalationSlaId() {
        return escalationSlaId;
    }

    public void setEscalationSlaId(String escalationSlaId) {
        this.escalationSlaId = escalationSlaId;
    }

    public String getAppealWindowId() {
        return appealWindowId;
    }

    public void setAppealWindowId(String appealWindowId) {
        this.appealWindowId = appealWindowId;
    }
}
