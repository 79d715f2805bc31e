package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.Jurisdiction;
import org.disputes.api.Money;
import org.disputes.api.Tender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the policy needs to know about one case at {@code decidedAt}, gathered by the case itself and the
 * {@code Adjudicator} (what only other cases tell).
 *
 * @param responseDueBy              when the response window closes (for unauthorised payments: the refund
 *                                   deadline); before it nothing is decided
 * @param deliveredAt                when the goods were delivered; required for {@code NOT_AS_DESCRIBED}, where
 *                                   the presumption period runs from it; otherwise may be null
 * @param claimed                    what the customer says is missing: the amount a refund returns
 * @param tenders                    what the customer paid with, in the order paid; a refund goes back over them
 * @param otherClaimsInRepeatPeriod  the customer's OTHER {@code ITEM_NOT_RECEIVED} cases filed in the
 *                                   repeat-claimant period (INR-1)
 * @param courierId                  the courier named by the order, or null
 * @param courierCasesInPatternPeriod the courier's OTHER non-receipt cases flagged or refunded in the
 *                                   courier-pattern period; this case is added by the policy when it is either
 * @param fraudSuspicions            fraud suspicions agents recorded on this case (UT-2)
 */
public record CaseFacts(
        CaseKind kind,
        Jurisdiction jurisdiction,
        Instant filedAt,
        Instant responseDueBy,
        Instant deliveredAt,
        Money claimed,
        List<Tender> tenders,
        List<Evidence> evidence,
        int otherClaimsInRepeatPeriod,
        String courierId,
        int courierCasesInPatternPeriod,
        List<FraudSuspicion> fraudSuspicions,
        Instant decidedAt) {

    public CaseFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(responseDueBy, "responseDueBy");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (kind == CaseKind.NOT_AS_DESCRIBED && deliveredAt == null) {
            throw new IllegalArgumentException("a NOT_AS_DESCRIBED case needs deliveredAt: the presumption runs from it");
        }
        if (otherClaimsInRepeatPeriod < 0 || courierCasesInPatternPeriod < 0) {
            throw new IllegalArgumentException("case counts are zero or more");
        }
        tenders = List.copyOf(tenders == null ? List.of() : tenders);
        if (tenders.isEmpty()) {
            throw new IllegalArgumentException("a case names at least one tender: a refund goes back over them");
        }
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        fraudSuspicions = List.copyOf(fraudSuspicions == null ? List.of() : fraudSuspicions);
    }

    public static Builder builder(CaseKind kind) {
        return new Builder(kind);
    }

    /** The same facts with one more evidence item, e.g. when evidence arrives on an escalated case. */
    public CaseFacts withEvidence(Evidence item, Instant decidedAt) {
        List<Evidence> more = new ArrayList<>(evidence);
        more.add(item);
        return new CaseFacts(kind, jurisdiction, filedAt, responseDueBy, deliveredAt, claimed, tenders, more,
                otherClaimsInRepeatPeriod, courierId, courierCasesInPatternPeriod, fraudSuspicions, decidedAt);
    }

    /** Names every fact, so no caller passes thirteen positional arguments. */
    public static final class Builder {
        private final CaseKind kind;
        private Jurisdiction jurisdiction;
        private Instant filedAt;
        private Instant responseDueBy;
        private Instant deliveredAt;
        private Money claimed;
        private List<Tender> tenders = List.of();
        private final List<Evidence> evidence = new ArrayList<>();
        private int otherClaimsInRepeatPeriod;
        private String courierId;
        private int courierCasesInPatternPeriod;
        private final List<FraudSuspicion> fraudSuspicions = new ArrayList<>();
        private Instant decidedAt;

        private Builder(CaseKind kind) {
            this.kind = kind;
        }

        public Builder jurisdiction(Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        public Builder filedAt(Instant filedAt) {
            this.filedAt = filedAt;
            return this;
        }

        public Builder responseDueBy(Instant responseDueBy) {
            this.responseDueBy = responseDueBy;
            return this;
        }

        public Builder deliveredAt(Instant deliveredAt) {
            this.deliveredAt = deliveredAt;
            return this;
        }

        public Builder claimed(Money claimed) {
            this.claimed = claimed;
            return this;
        }

        public Builder tenders(List<Tender> tenders) {
            this.tenders = tenders;
            return this;
        }

        public Builder evidence(List<Evidence> items) {
            evidence.addAll(items);
            return this;
        }

        public Builder evidence(Evidence... items) {
            return evidence(List.of(items));
        }

        public Builder otherClaimsInRepeatPeriod(int count) {
            this.otherClaimsInRepeatPeriod = count;
            return this;
        }

        public Builder courier(String courierId, int casesInPatternPeriod) {
            this.courierId = courierId;
            this.courierCasesInPatternPeriod = casesInPatternPeriod;
            return this;
        }

        public Builder fraudSuspicion(FraudSuspicion suspicion) {
            fraudSuspicions.add(suspicion);
            return this;
        }

        public Builder decidedAt(Instant decidedAt) {
            this.decidedAt = decidedAt;
            return this;
        }

        public CaseFacts build() {
            return new CaseFacts(kind, jurisdiction, filedAt, responseDueBy, deliveredAt, claimed, tenders, evidence,
                    otherClaimsInRepeatPeriod, courierId, courierCasesInPatternPeriod, fraudSuspicions, decidedAt);
        }
    }
}
