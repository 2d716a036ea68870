package nl.ikcregie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The settlement's arithmetic and rules, without Quarkus. */
class SettlementCalculationTest {

    private static final BigDecimal GRANTED = new BigDecimal("30000");

    @Test
    void lessSpentIsReclaimedFromTheAdvance() {
        InputRules rules = new InputRules();
        SettlementCalculation c = SettlementCalculation.check(rules, GRANTED, new BigDecimal("24500"),
                new BigDecimal("24500"), GRANTED, "De zomeractiviteiten gingen niet door.");
        assertFalse(rules.hasAnyError());
        assertEquals(new BigDecimal("5500.00"), c.reclaim());
        assertEquals(new BigDecimal("0.00"), c.payment());
        assertEquals(new BigDecimal("24500.00"), c.finalAmount());
        assertEquals(new BigDecimal("30000.00"), c.granted());
        assertTrue(c.isLowerThanGranted());
    }

    @Test
    void aSmallerAdvanceLeavesAnAmountToPay() {
        SettlementCalculation c = SettlementCalculation.check(new InputRules(), GRANTED, GRANTED, GRANTED,
                new BigDecimal("20000"), null);
        assertEquals(new BigDecimal("10000.00"), c.payment());
        assertEquals(new BigDecimal("0.00"), c.reclaim());
    }

    @Test
    void theFullGrantNeedsNoReason() {
        InputRules rules = new InputRules();
        SettlementCalculation c = SettlementCalculation.check(rules, GRANTED, GRANTED, GRANTED, GRANTED, null);
        assertFalse(rules.hasAnyError());
        assertEquals(new BigDecimal("0.00"), c.reclaim());
        assertEquals(new BigDecimal("0.00"), c.payment());
    }

    @Test
    void neverMoreThanGranted() {
        InputRules rules = new InputRules();
        assertNull(SettlementCalculation.check(rules, GRANTED, new BigDecimal("35000"), new BigDecimal("30000.01"),
                GRANTED, "Meer uitgegeven"));
        assertTrue(rules.hasError("vastgesteldBedrag"));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, rules::throwIfAny);
    }

    @Test
    void moreThanWasSpentNeedsAReason() {
        InputRules rules = new InputRules();
        assertNull(SettlementCalculation.check(rules, GRANTED, new BigDecimal("20000"), GRANTED, GRANTED, null));
        assertTrue(rules.hasError("motivering"));
        assertNotNull(SettlementCalculation.check(new InputRules(), GRANTED, new BigDecimal("20000"), GRANTED, GRANTED,
                "Het IKC droeg kosten die niet in de rapportage stonden; de nota's zijn nagezonden."));
    }

    @Test
    void lowerNeedsAReason() {
        InputRules rules = new InputRules();
        assertNull(SettlementCalculation.check(rules, GRANTED, new BigDecimal("24500"), new BigDecimal("24500"), GRANTED,
                "  "));
        assertTrue(rules.hasError("motivering"));
        assertFalse(rules.hasError("vastgesteldBedrag"));
    }

    @Test
    void advancesAreAtMostTheGrantAndNotNegative() {
        InputRules rules = new InputRules();
        assertNull(SettlementCalculation.check(rules, GRANTED, GRANTED, GRANTED, new BigDecimal("300000"), null));
        assertTrue(rules.hasError("betaaldeVoorschotten"));
        InputRules negative = new InputRules();
        assertNull(SettlementCalculation.check(negative, GRANTED, GRANTED, new BigDecimal("-1"), new BigDecimal("-1"),
                "x"));
        assertTrue(negative.hasError("vastgesteldBedrag"));
        assertTrue(negative.hasError("betaaldeVoorschotten"));
    }

    @Test
    void unreadableAmountsGiveNoSettlementAndNoExtraErrors() {
        InputRules rules = new InputRules();
        assertNull(SettlementCalculation.check(rules, GRANTED, GRANTED, null, GRANTED, null));
        assertFalse(rules.hasAnyError());
    }

    @Test
    void theProposalIsWhatWasSpentAtMostTheGrant() {
        assertEquals(new BigDecimal("24500.00"), SettlementCalculation.proposedFinal(GRANTED, new BigDecimal("24500")));
        assertEquals(new BigDecimal("30000.00"), SettlementCalculation.proposedFinal(GRANTED, new BigDecimal("31000")));
        assertEquals(new BigDecimal("30000.00"), SettlementCalculation.proposedFinal(GRANTED, null));
        assertEquals(new BigDecimal("30000.00"), SettlementCalculation.proposedAdvances(GRANTED));
    }

    /** Many random settlements (fixed seed): the rules and the offset hold for all of them. */
    @Test
    void propertiesHoldForRandomAmounts() {
        Random random = new Random(20260401L);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal granted = cents(random, 10_000_000);
            BigDecimal spent = cents(random, 12_000_000);
            BigDecimal chosen = cents(random, 12_000_000);
            BigDecimal advances = cents(random, 10_000_000);
            boolean reason = random.nextBoolean();
            InputRules rules = new InputRules();
            SettlementCalculation c = SettlementCalculation.check(rules, granted, spent, chosen, advances,
                    reason ? "Minder besteed" : null);
            boolean valid = chosen.compareTo(granted) <= 0 && advances.compareTo(granted) <= 0
                    && (reason || chosen.compareTo(granted) == 0 && chosen.compareTo(spent) <= 0);
            assertEquals(valid, c != null, () -> granted + " " + chosen + " " + advances + " " + reason);
            assertEquals(valid, !rules.hasAnyError());
            if (chosen.compareTo(granted) > 0) {
                assertTrue(rules.hasError("vastgesteldBedrag"));
            }
            if (c == null) {
                continue;
            }
            assertNotNull(c.reclaim());
            assertTrue(c.finalAmount().compareTo(c.granted()) <= 0);
            assertTrue(c.finalAmount().signum() >= 0);
            assertTrue(c.reclaim().signum() >= 0 && c.payment().signum() >= 0);
            assertTrue(c.reclaim().signum() == 0 || c.payment().signum() == 0, "never both");
            assertEquals(0, c.reclaim().subtract(c.payment()).compareTo(advances.subtract(chosen)));
            for (BigDecimal amount : new BigDecimal[] { c.granted(), c.spent(), c.finalAmount(), c.advances(), c.reclaim(),
                    c.payment() }) {
                assertEquals(2, amount.scale());
            }
            BigDecimal proposal = SettlementCalculation.proposedFinal(granted, spent);
            assertTrue(proposal.compareTo(granted) <= 0 && proposal.compareTo(spent) <= 0);
        }
    }

    /** An amount of 0 to {@code maxCents} cents; every tenth one a round number so equal amounts occur. */
    private static BigDecimal cents(Random random, int maxCents) {
        long value = random.nextInt(maxCents + 1);
        if (random.nextInt(10) == 0) {
            value = value / 100_000 * 100_000;
        }
        return BigDecimal.valueOf(value, 2);
    }
}
