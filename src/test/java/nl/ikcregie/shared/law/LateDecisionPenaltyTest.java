package nl.ikcregie.shared.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateDecisionPenaltyTest {

    private static final GeneralTermsAct ACT = GeneralTermsAct.STANDARD;
    private static final LocalDate TERM_END = LocalDate.of(2026, 5, 26);
    private static final LocalDate NOTICE = LocalDate.of(2026, 6, 1);

    @Test
    void aNoticeOnOrBeforeTheLastDayOfTheTermIsPremature() {
        LateDecisionPenalty.Result r = LateDecisionPenalty.owed(TERM_END, TERM_END, null, LocalDate.of(2026, 8, 1), ACT);
        assertEquals(LateDecisionPenalty.State.PREMATURE, r.state());
        assertEquals(new BigDecimal("0.00"), r.amount());
    }

    @Test
    void nothingIsOwedDuringTheTwoWeeksAfterTheNotice() {
        LateDecisionPenalty.Result r = LateDecisionPenalty.owed(TERM_END, NOTICE, null, LocalDate.of(2026, 6, 14), ACT);
        assertEquals(LateDecisionPenalty.State.NOT_YET_OWED, r.state());
        assertEquals(LocalDate.of(2026, 6, 15), r.firstDay());
        LateDecisionPenalty.Result decided = LateDecisionPenalty.owed(TERM_END, NOTICE, LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 7, 1), ACT);
        assertEquals(0, decided.days());
        assertNull(decided.setBy());
    }

    @Test
    void twentyThreeEurosADayAtFirst() {
        LateDecisionPenalty.Result r = LateDecisionPenalty.owed(TERM_END, NOTICE, null, LocalDate.of(2026, 6, 20), ACT);
        assertEquals(LateDecisionPenalty.State.RUNNING, r.state());
        assertEquals(6, r.days());
        assertEquals(new BigDecimal("138.00"), r.amount());
    }

    @Test
    void aDecisionEndsThePenaltyTheDayBefore() {
        LateDecisionPenalty.Result r = LateDecisionPenalty.owed(TERM_END, NOTICE, LocalDate.of(2026, 7, 16),
                LocalDate.of(2026, 9, 1), ACT);
        assertEquals(LateDecisionPenalty.State.ENDED, r.state());
        assertEquals(31, r.days()); // 15 June - 15 July
        assertEquals(new BigDecimal("947.00"), r.amount()); // 14 x 23 + 14 x 35 + 3 x 45
        assertEquals(LocalDate.of(2026, 7, 29), r.setBy()); // two weeks after 15 July, a Wednesday
    }

    @Test
    void atMostFortyTwoDaysAndSetWithinTwoWorkingWeeks() {
        LateDecisionPenalty.Result r = LateDecisionPenalty.owed(TERM_END, NOTICE, null, LocalDate.of(2026, 12, 1), ACT);
        assertEquals(LateDecisionPenalty.State.ENDED, r.state());
        assertEquals(42, r.days());
        assertEquals(LocalDate.of(2026, 7, 26), r.lastDay());
        assertEquals(new BigDecimal("1442.00"), r.amount());
        // 26 July + two weeks = Sunday 9 August -> Monday 10 August (Atw art. 1)
        assertEquals(LocalDate.of(2026, 8, 10), r.setBy());
    }

    @Test
    void theAmountGrowsWithTheDaysUpToItsMaximum() {
        BigDecimal previous = BigDecimal.ZERO;
        for (int days = 0; days <= 60; days++) {
            BigDecimal amount = LateDecisionPenalty.amount(days);
            assertTrue(amount.compareTo(previous) >= 0);
            assertTrue(amount.compareTo(new BigDecimal("1442.00")) <= 0);
            previous = amount;
        }
        assertEquals(new BigDecimal("322.00"), LateDecisionPenalty.amount(14));
        assertEquals(new BigDecimal("812.00"), LateDecisionPenalty.amount(28));
    }
}
