package nl.ikcregie.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTermTest {

    static final LocalDate RECEIVED = LocalDate.of(2027, 2, 1);

    @Test
    void eightWeeksFromReceiptWithoutSuspension() {
        assertEquals(LocalDate.of(2027, 3, 29), DecisionTerm.deadline(RECEIVED, 8, List.of(), RECEIVED));
    }

    @Test
    void everyCompletedSuspensionShiftsTheDeadline() {
        List<DecisionTerm.Suspension> suspensions = List.of(
                new DecisionTerm.Suspension(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 15)),
                new DecisionTerm.Suspension(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 4)));
        assertEquals(LocalDate.of(2027, 3, 29).plusDays(7 + 3), DecisionTerm.deadline(RECEIVED, 8, suspensions, RECEIVED));
    }

    @Test
    void anOngoingSuspensionCountsUntilToday() {
        List<DecisionTerm.Suspension> open = List.of(new DecisionTerm.Suspension(LocalDate.of(2027, 2, 8), null));
        assertEquals(LocalDate.of(2027, 3, 29).plusDays(12),
                DecisionTerm.deadline(RECEIVED, 8, open, LocalDate.of(2027, 2, 20)));
    }

    @Test
    void aSuspensionCompletedOnTheDayOfTheRequestShiftsNothing() {
        List<DecisionTerm.Suspension> same = List.of(new DecisionTerm.Suspension(RECEIVED, RECEIVED));
        assertEquals(LocalDate.of(2027, 3, 29), DecisionTerm.deadline(RECEIVED, 8, same, RECEIVED));
    }
}
