package org.disputes.command.scam;

import org.disputes.platform.problem.ProblemCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputes.api.scam.ConfirmScamContact;
import org.disputes.api.scam.DismissScamContact;
import org.disputes.api.scam.RecordScamTakedown;
import org.disputes.api.scam.ReferScamContact;
import org.disputes.api.scam.ReportScamContact;
import org.disputes.api.scam.RequestScamTakedown;
import org.disputes.api.scam.ScamContactConfirmed;
import org.disputes.api.scam.ScamContactDismissed;
import org.disputes.api.scam.ScamContactId;
import org.disputes.api.scam.ScamContactReferred;
import org.disputes.api.scam.ScamContactReported;
import org.disputes.api.scam.ScamContactStatus;
import org.disputes.api.scam.ScamContactSuspected;
import org.disputes.api.scam.ScamContactTakenDown;
import org.disputes.api.scam.ScamTakedownRequested;
import org.disputes.command.cases.CaseConflict;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One contact that impersonated a brand (a phone number, an SMS sender, an e-mail address, a website), with every
 * report of it. Rule {@code SCAM-1} makes it suspect on its own; people confirm or dismiss it, and act on a confirmed
 * one (takedown, referral to law enforcement). Its id follows from the normalised contact, so all reports of one
 * contact, from any instance, land in this one stream.
 */
@Aggregate
public class ScamContact {

    /** Rule SCAM-1: this many distinct customers reporting the contact within {@link #SUSPECT_WITHIN}. */
    public static final String SCAM_1 = "SCAM-1";
    static final int SUSPECT_AT = 3;
    static final Duration SUSPECT_WITHIN = Duration.ofDays(30);

    @AggregateIdentifier
    private ScamContactId contactId;
    private ScamContactStatus status;
    /** Each customer's latest report: what SCAM-1 counts. */
    private final Map<String, Instant> lastReportOf = new HashMap<>();
    private final Set<UUID> reports = new HashSet<>();

    protected ScamContact() {
        // for Axon: a contact is rebuilt from its events
    }

    /** Records the report (once per report id) and applies SCAM-1. Answers the report's id. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(ReportScamContact command, Clock clock) {
        if (reports.contains(command.reportId())) {
            return command.reportId();
        }
        Instant now = clock.instant();
        apply(new ScamContactReported(command.contactId(), command.reportId(), command.contact().channel(),
                command.contact().value(), command.url(), command.impersonatedBrand(), command.customerId(),
                command.caseId(), command.description(), command.occurredAt(), command.amountLost(),
                command.paymentMethod(), now));
        if (status == ScamContactStatus.REPORTED) {
            Instant since = now.minus(SUSPECT_WITHIN);
            int customers = (int) lastReportOf.values().stream().filter(at -> !at.isBefore(since)).count();
            if (customers >= SUSPECT_AT) {
                apply(new ScamContactSuspected(contactId, SCAM_1, customers + " distinct customers reported it within "
                        + SUSPECT_WITHIN.toDays() + " days (" + SCAM_1 + ": " + SUSPECT_AT + " or more)", customers,
                        now));
            }
        }
        return command.reportId();
    }

    @CommandHandler
    public void handle(ConfirmScamContact command, Clock clock) {
        if (status == ScamContactStatus.CONFIRMED) {
            throw new CaseConflict(ProblemCode.SCAM_CONTACT_ALREADY_CONFIRMED, "Scam contact " + contactId + " is confirmed already.");
        }
        apply(new ScamContactConfirmed(contactId, command.justification(), command.confirmedBy(), clock.instant()));
    }

    @CommandHandler
    public void handle(DismissScamContact command, Clock clock) {
        if (status == ScamContactStatus.DISMISSED) {
            throw new CaseConflict(ProblemCode.SCAM_CONTACT_ALREADY_DISMISSED, "Scam contact " + contactId + " is dismissed already.");
        }
        apply(new ScamContactDismissed(contactId, command.justification(), command.dismissedBy(), clock.instant()));
    }

    @CommandHandler
    public void handle(RequestScamTakedown command, Clock clock) {
        requireConfirmed("a takedown request");
        apply(new ScamTakedownRequested(contactId, command.addressee(), command.reference(), clock.instant()));
    }

    @CommandHandler
    public void handle(RecordScamTakedown command, Clock clock) {
        requireConfirmed("a takedown");
        apply(new ScamContactTakenDown(contactId, command.at(), clock.instant()));
    }

    @CommandHandler
    public void handle(ReferScamContact command, Clock clock) {
        requireConfirmed("a referral to law enforcement");
        apply(new ScamContactReferred(contactId, command.agency(), command.reference(), clock.instant()));
    }

    private void requireConfirmed(String what) {
        if (status != ScamContactStatus.CONFIRMED) {
            throw new CaseConflict(ProblemCode.SCAM_CONTACT_NOT_CONFIRMED, "Scam contact " + contactId + " is " + status
                    + "; " + what + " is recorded on a confirmed contact only.");
        }
    }

    @EventSourcingHandler
    void on(ScamContactReported event) {
        contactId = event.contactId();
        if (status == null) {
            status = ScamContactStatus.REPORTED;
        }
        reports.add(event.reportId());
        lastReportOf.merge(event.customerId(), event.reportedAt(), (a, b) -> a.isAfter(b) ? a : b);
    }

    @EventSourcingHandler
    void on(ScamContactSuspected event) {
        status = ScamContactStatus.SUSPECTED;
    }

    @EventSourcingHandler
    void on(ScamContactConfirmed event) {
        status = ScamContactStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(ScamContactDismissed event) {
        status = ScamContactStatus.DISMISSED;
    }
}
