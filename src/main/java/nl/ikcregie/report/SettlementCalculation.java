package nl.ikcregie.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;

/**
 * The arithmetic and rules of a final settlement (vaststelling, Awb 4:46): the final amount is at
 * most the granted amount, lower only with a reason (activities did not happen, less was spent,
 * obligations were not met, Awb 4:46(2)); advances are offset against it, too much paid is
 * reclaimed (Awb 4:57), too little is still paid. Pure: no database, no clock.
 */
public record SettlementCalculation(BigDecimal granted, BigDecimal spent, BigDecimal finalAmount, BigDecimal advances,
        BigDecimal reclaim, BigDecimal payment) {

    /** The amounts as stored: two decimals. */
    public SettlementCalculation {
        granted = scaled(granted);
        spent = scaled(spent);
        finalAmount = scaled(finalAmount);
        advances = scaled(advances);
        reclaim = scaled(reclaim);
        payment = scaled(payment);
    }

    /** The proposal: what was spent, never more than the grant. */
    public static BigDecimal proposedFinal(BigDecimal granted, BigDecimal spent) {
        return scaled(spent == null ? granted : granted.min(spent));
    }

    /** By default the whole grant was paid as an advance (Awb 4:95). */
    public static BigDecimal proposedAdvances(BigDecimal granted) {
        return scaled(granted);
    }

    /** Offsets the advances against the final amount; the amounts must already satisfy {@link #check}. */
    public static SettlementCalculation of(BigDecimal granted, BigDecimal spent, BigDecimal finalAmount,
            BigDecimal advances) {
        BigDecimal difference = advances.subtract(finalAmount);
        return new SettlementCalculation(granted, spent, finalAmount, advances, difference.max(BigDecimal.ZERO),
                difference.negate().max(BigDecimal.ZERO));
    }

    /**
     * Checks the chosen amounts and reasons; every broken rule is added to {@code rules} under the
     * API's field name. Returns the settlement when these rules hold, else null. A null amount means
     * it could not be read (that error is already in {@code rules}).
     */
    public static SettlementCalculation check(InputRules rules, BigDecimal granted, BigDecimal spent,
            BigDecimal finalAmount, BigDecimal advances, String grounds) {
        boolean ok = finalAmount != null && advances != null;
        if (finalAmount != null) {
            if (finalAmount.signum() < 0) {
                rules.add("vastgesteldBedrag", "Het vastgestelde bedrag is 0 of meer.");
                ok = false;
            } else if (finalAmount.compareTo(granted) > 0) {
                rules.add("vastgesteldBedrag", "Het vastgestelde bedrag is ten hoogste het verleende bedrag, "
                        + Money.format(granted) + " (artikel 4:46 Awb).");
                ok = false;
            } else if (finalAmount.compareTo(granted) < 0 && (grounds == null || grounds.isBlank())) {
                rules.add("motivering", "Het vastgestelde bedrag is lager dan het verleende bedrag; geef de reden: "
                        + "activiteiten niet verricht, minder besteed of verplichtingen niet nagekomen "
                        + "(artikel 4:46 lid 2 Awb).");
                ok = false;
            } else if (spent != null && finalAmount.compareTo(spent) > 0 && (grounds == null || grounds.isBlank())) {
                rules.add("motivering", "Het vastgestelde bedrag is hoger dan wat volgens de jaarrapportage is besteed ("
                        + Money.format(spent) + "); geef de reden.");
                ok = false;
            }
        }
        if (advances != null) {
            if (advances.signum() < 0) {
                rules.add("betaaldeVoorschotten", "De betaalde voorschotten zijn 0 of meer.");
                ok = false;
            } else if (advances.compareTo(granted) > 0) {
                rules.add("betaaldeVoorschotten", "Voorschotten worden betaald op de verleende subsidie; zij zijn ten "
                        + "hoogste " + Money.format(granted) + ".");
                ok = false;
            }
        }
        return ok ? of(granted, spent, finalAmount, advances) : null;
    }

    public boolean isLowerThanGranted() {
        return finalAmount.compareTo(granted) < 0;
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
