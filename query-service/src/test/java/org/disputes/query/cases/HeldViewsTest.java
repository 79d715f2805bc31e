package org.disputes.query.cases;

import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DeliveryMethod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild holds its latest views up to a bound; the one used longest ago is let go first, and nothing is lost. */
class HeldViewsTest {

    private final HeldViews held = new HeldViews(2);

    @Test
    void beyondItsBoundTheViewUsedLongestAgoIsLetGo() {
        CaseView a = view(1);
        CaseView b = view(1);
        CaseView c = view(1);

        assertThat(held.keep(List.of(a, b), Set.of()).newToTable()).isEmpty();
        assertThat(held.get(id(a))).isEqualTo(a); // a is now the most recently used
        assertThat(held.keep(List.of(c), Set.of()).newToTable()).containsExactly(b);

        assertThat(held.holds(id(a))).isTrue();
        assertThat(held.holds(id(c))).isTrue();
        // written while the next page is folded, so read from here until the page after
        assertThat(held.get(id(b))).isEqualTo(b);
        held.keep(List.of(), Set.of());
        assertThat(held.holds(id(b))).isFalse();
    }

    @Test
    void aViewTakenWhileBeingWrittenIsLetGoAgainToReplaceTheWrittenOne() {
        CaseView a = view(1);
        held.keep(List.of(a, view(1), view(1)), Set.of()); // a let go, being written
        CaseView later = held.get(id(a)).withVersion(2);

        held.keep(List.of(later), Set.of());

        assertThat(held.releaseAll().inTable()).containsExactly(later);
    }

    @Test
    void aLaterViewOfACaseTakesTheHeldOnesPlace() {
        CaseView first = view(1);
        CaseView later = first.withVersion(2);
        held.keep(List.of(first), Set.of());

        assertThat(held.keep(List.of(later), Set.of()).newToTable()).isEmpty();

        assertThat(held.get(id(first))).isEqualTo(later);
        assertThat(held.releaseAll().newToTable()).containsExactly(later);
    }

    @Test
    void everythingHeldIsReleasedAtTheEndAndNothingIsHeldAfter() {
        CaseView a = view(1);
        CaseView b = view(1);
        held.keep(List.of(a, b), Set.of());

        assertThat(held.releaseAll().newToTable()).containsExactlyInAnyOrder(a, b);

        assertThat(held.holds(id(a))).isFalse();
        assertThat(held.releaseAll()).isEqualTo(new HeldViews.LetGo(List.of(), List.of()));
    }

    @Test
    void aViewReadBackFromTheTableIsLetGoToReplaceItThoughLaterViewsTakeItsPlace() {
        CaseView readBack = view(3);
        CaseView fresh = view(1);
        held.keep(List.of(readBack, fresh), Set.of(id(readBack)));
        CaseView later = readBack.withVersion(4);
        held.keep(List.of(later), Set.of()); // the held view, changed again: still one the table has

        HeldViews.LetGo letGo = held.keep(List.of(view(1)), Set.of());

        assertThat(letGo.newToTable()).containsExactly(fresh);
        assertThat(letGo.inTable()).isEmpty();
        assertThat(held.releaseAll().inTable()).containsExactly(later);
    }

    private static UUID id(CaseView view) {
        return UUID.fromString(view.caseId());
    }

    private static CaseView view(long version) {
        DeliveryClaimFiled filed = new DeliveryClaimFiled(new CaseId(UUID.randomUUID()), CaseViewFoldTest.PURCHASE,
                Money.of("100.00", "EUR"), DeliveryMethod.SECURE_OTP, CaseViewFoldTest.FILED.minusSeconds(86400),
                "never came", CaseViewFoldTest.FILED, CaseViewFoldTest.FILED.plusSeconds(259200));
        return CaseViewFold.apply(null, filed, version);
    }
}
