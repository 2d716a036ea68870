package nl.ikcregie.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure rules of decisions, objections and deadlines. */
class DecisionRulesTest {

    @Test
    void theOutcomeFollowsFromTheGrantedAmount() {
        BigDecimal asked = new BigDecimal("30000.00");
        assertEquals(DecisionOutcome.TOEGEKEND, DecisionOutcome.of(new BigDecimal("30000"), asked));
        assertEquals(DecisionOutcome.DEELS_TOEGEKEND, DecisionOutcome.of(new BigDecimal("29999.99"), asked));
        assertEquals(DecisionOutcome.DEELS_TOEGEKEND, DecisionOutcome.of(new BigDecimal("0.01"), asked));
        assertEquals(DecisionOutcome.AFGEWEZEN, DecisionOutcome.of(BigDecimal.ZERO, asked));
        assertTrue(DecisionOutcome.deviates(new BigDecimal("20000"), new BigDecimal("25000.00")));
        assertFalse(DecisionOutcome.deviates(new BigDecimal("25000"), new BigDecimal("25000.00")));
        assertTrue(DecisionOutcome.deviates(new BigDecimal("25000"), null));
    }

    @Test
    void theSettlementIsRequestedByTheFirstOfAprilAfterTheSubsidyYear() {
        assertEquals(LocalDate.of(2027, 4, 1), SettlementTerm.requestDue(2026));
        assertEquals(LocalDate.of(2029, 4, 1), SettlementTerm.requestDue(2028));
    }

    @Test
    void anObjectionIsInTimeUpToSixWeeksAfterTheLetterWasSent() {
        LocalDate sent = LocalDate.of(2026, 6, 18);
        assertEquals(LocalDate.of(2026, 7, 30), ObjectionTerm.objectionPeriodEnd(sent));
        assertTrue(ObjectionTerm.inTime(sent, LocalDate.of(2026, 7, 30)));
        assertFalse(ObjectionTerm.inTime(sent, LocalDate.of(2026, 7, 31)));
    }

    @Test
    void theCollegeDecidesOnAnObjectionWithinSixOrTwelveWeeksPlusAnExtension() {
        LocalDate sent = LocalDate.of(2026, 6, 18);
        LocalDate received = LocalDate.of(2026, 7, 1);
        // counted from the day after the objection term ended (30 July)
        assertEquals(LocalDate.of(2026, 9, 10), ObjectionTerm.decisionDeadline(sent, received, false, 0));
        assertEquals(LocalDate.of(2026, 10, 22), ObjectionTerm.decisionDeadline(sent, received, true, 0));
        assertEquals(LocalDate.of(2026, 12, 3), ObjectionTerm.decisionDeadline(sent, received, true, 6));
        // a late objection counts from its receipt
        assertEquals(LocalDate.of(2026, 9, 17), ObjectionTerm.decisionDeadline(sent, LocalDate.of(2026, 8, 6), false, 0));
        assertThrows(IllegalArgumentException.class, () -> ObjectionTerm.decisionDeadline(sent, received, false, 7));
    }

    @Test
    void deadlinesNeedAttentionWhenLateOrDueWithinTwoWeeks() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Deadline late = deadline("a", today.minusDays(1));
        Deadline dueToday = deadline("b", today);
        Deadline inTwoWeeks = deadline("c", today.plusDays(14));
        Deadline later = deadline("d", today.plusDays(15));
        assertEquals(List.of(late, dueToday, inTwoWeeks), Deadline.attention(List.of(later, inTwoWeeks, dueToday, late), today));
        assertTrue(late.isLate(today));
        assertFalse(dueToday.isLate(today));
        assertEquals(14, inTwoWeeks.daysLeft(today));
    }

    private static Deadline deadline(String key, LocalDate due) {
        return new Deadline(Deadline.Kind.BESLISTERMIJN, key, "IKC " + key, "Besluit", due, "/x", null);
    }
}
