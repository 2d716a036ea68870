package nl.ikcregie.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.ikcregie.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class SubsidyRoundTest {

    static SubsidyRound round() {
        SubsidyRound round = new SubsidyRound();
        round.budgetCeiling = new BigDecimal("750000.00");
        round.opensAt = Instant.parse("2027-01-15T08:00:00Z");
        round.closesAt = Instant.parse("2027-03-31T15:00:00Z");
        return round;
    }

    @Test
    void aRoundGoesFromConceptToOpenToClosedAndNotBack() {
        SubsidyRound round = round();
        Instant during = Instant.parse("2027-02-01T12:00:00Z");
        assertTrue(round.isEditable());
        round.open(during);
        assertFalse(round.isEditable());
        assertThrows(IllegalTransitionException.class, () -> round.open(during));
        assertThrows(IllegalTransitionException.class, () -> round.close(during, false));
        round.close(during, true);
        assertEquals(RoundStatus.GESLOTEN, round.status);
        assertThrows(IllegalTransitionException.class, () -> round.open(during));
    }

    @Test
    void aRoundClosesByItselfOnlyAfterItsClosingMomentAndCannotOpenAfterIt() {
        SubsidyRound late = round();
        assertThrows(IllegalTransitionException.class, () -> late.open(Instant.parse("2027-04-01T00:00:00Z")));
        SubsidyRound round = round();
        round.open(Instant.parse("2027-01-01T00:00:00Z"));
        round.close(Instant.parse("2027-03-31T15:00:00Z"), false);
        assertEquals(RoundStatus.GESLOTEN, round.status);
    }

    @Test
    void applicationsAreTakenOnlyWhileOpenAndWithinThePeriod() {
        SubsidyRound round = round();
        Instant during = Instant.parse("2027-02-01T12:00:00Z");
        assertFalse(round.acceptsApplicationsAt(during));
        round.open(during);
        assertFalse(round.acceptsApplicationsAt(Instant.parse("2027-01-15T07:59:59Z")));
        assertTrue(round.acceptsApplicationsAt(Instant.parse("2027-01-15T08:00:00Z")));
        assertTrue(round.acceptsApplicationsAt(during));
        assertFalse(round.acceptsApplicationsAt(Instant.parse("2027-03-31T15:00:00Z")));
        round.close(during, true);
        assertFalse(round.acceptsApplicationsAt(during));
    }

    @Test
    void theCeilingMayRiseButNotFallOnceApplicationsAreIn() {
        SubsidyRound round = round();
        assertThrows(IllegalTransitionException.class, () -> round.correctCeiling(new BigDecimal("800000"), false));
        round.open(Instant.parse("2027-02-01T12:00:00Z"));
        round.correctCeiling(new BigDecimal("700000.00"), false);
        assertEquals(new BigDecimal("700000.00"), round.budgetCeiling);
        assertThrows(IllegalTransitionException.class, () -> round.correctCeiling(new BigDecimal("600000.00"), true));
        round.correctCeiling(new BigDecimal("850000.00"), true);
        assertEquals(new BigDecimal("850000.00"), round.budgetCeiling);
    }

    @Test
    void theMaximumIsFixedOrAFormulaOverTheChildCount() {
        assertEquals(new BigDecimal("50000.00"), MaximumPerIkc.fixed(new BigDecimal("50000.00")).forChildren(300));
        MaximumPerIkc formula = MaximumPerIkc.formula(new BigDecimal("10000.00"), new BigDecimal("125.50"),
                LocalDate.of(2026, 10, 1));
        assertEquals(new BigDecimal("47650.00"), formula.forChildren(300));
        assertEquals(new BigDecimal("10000.00"), formula.forChildren(null));
    }
}
