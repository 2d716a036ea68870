package nl.ikcregie.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Awb 4:13 and 4:15: eight weeks from receipt; suspended from the day after the request until completion. */
class DecisionTermTest {

    static final LocalDate RECEIVED = LocalDate.of(2027, 2, 1);
    static final LocalDate PLAIN = LocalDate.of(2027, 3, 29);

    static DecisionTerm.Suspension suspension(int requested, int due, Integer completed) {
        return new DecisionTerm.Suspension(LocalDate.of(2027, 2, requested), LocalDate.of(2027, 2, due),
                completed == null ? null : LocalDate.of(2027, 2, completed));
    }

    @Test
    void eightWeeksFromReceiptWithoutSuspension() {
        assertEquals(PLAIN, DecisionTerm.deadline(RECEIVED, 8, List.of(), RECEIVED));
    }

    @Test
    void theDaysBetweenRequestAndCompletionAreSuspended() {
        // requested on the 8th, completed on the 15th: the 9th up to the 14th are suspended (6 days)
        assertEquals(PLAIN.plusDays(6), DecisionTerm.deadline(RECEIVED, 8, List.of(suspension(8, 22, 15)), RECEIVED));
    }

    @Test
    void everySuspensionCounts() {
        assertEquals(PLAIN.plusDays(6 + 2), DecisionTerm.deadline(RECEIVED, 8,
                List.of(suspension(8, 22, 15), suspension(20, 27, 23)), RECEIVED));
    }

    @Test
    void anOngoingSuspensionCountsUntilToday() {
        assertEquals(PLAIN.plusDays(11), DecisionTerm.deadline(RECEIVED, 8, List.of(suspension(8, 22, null)),
                LocalDate.of(2027, 2, 20)));
    }

    @Test
    void aTermThatPassedUnusedEndsTheSuspension() {
        // due on the 22nd, never completed: suspended the 9th up to and including the 22nd (14 days), then no more
        assertEquals(PLAIN.plusDays(14), DecisionTerm.deadline(RECEIVED, 8, List.of(suspension(8, 22, null)),
                LocalDate.of(2027, 3, 20)));
    }

    @Test
    void completingTheNextDayShiftsNothing() {
        assertEquals(PLAIN, DecisionTerm.deadline(RECEIVED, 8, List.of(suspension(8, 22, 9)), RECEIVED));
    }
}
