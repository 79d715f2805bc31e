package org.disputes.query.scam;

import org.disputes.api.Money;

import java.time.Instant;
import java.util.List;

/** What the scam-contact reads answer (API.md, {@code GET /api/scam-contacts…}). */
public final class ScamContactViews {

    private ScamContactViews() {
    }

    /** A contact as the list, the lookup and the export see it; {@code updatedAt} is the time of its latest event. */
    public record Summary(String contactId, String channel, String contact, String status,
                          List<String> impersonatedBrands, long reports, long customers, Instant firstReportedAt,
                          Instant lastReportedAt, List<Money> reportedLoss, List<String> caseIds, Instant updatedAt) {

        Summary withLoss(List<Money> loss) {
            return new Summary(contactId, channel, contact, status, impersonatedBrands, reports, customers,
                    firstReportedAt, lastReportedAt, loss, caseIds, updatedAt);
        }
    }

    /** A contact's page: the summary's fields, then every report ({@code reportList}) and its history in sentences. */
    public record Detail(String contactId, String channel, String contact, String status,
                         List<String> impersonatedBrands, long reports, long customers, Instant firstReportedAt,
                         Instant lastReportedAt, List<Money> reportedLoss, List<String> caseIds, Instant updatedAt,
                         List<Report> reportList, List<HistoryEntry> history) {

        static Detail of(Summary s, List<Report> reports, List<HistoryEntry> history) {
            return new Detail(s.contactId(), s.channel(), s.contact(), s.status(), s.impersonatedBrands(),
                    s.reports(), s.customers(), s.firstReportedAt(), s.lastReportedAt(), s.reportedLoss(),
                    s.caseIds(), s.updatedAt(), reports, history);
        }
    }

    /** One report of the contact, as the agent took it; {@code url} the web address reported, for a website. */
    public record Report(String reportId, String customerId, String caseId, String impersonatedBrand, String url,
                         String description, Instant occurredAt, Money amountLost, String paymentMethod,
                         Instant reportedAt, String reportedBy) {
    }

    /** One event of the contact, told as a sentence. */
    public record HistoryEntry(Instant at, String actor, String role, String type, String summary) {
    }

    /** One page of the contact list, most reported first. */
    public record Page(List<Summary> items, int page, int size, long total) {
    }
}
