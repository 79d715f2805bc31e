package org.disputes.api.scam;

import org.disputes.api.CaseEvent;

import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.UUID;

/** A scam report naming the case was put on its record (an event of the case, so its view and timeline tell it). */
public record ScamReportLinked(CaseId caseId, UUID reportId, ScamContactId contactId, ScamChannel channel,
                               String contact, String impersonatedBrand, Instant linkedAt) implements CaseEvent {
}
