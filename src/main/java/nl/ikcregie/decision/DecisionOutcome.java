package nl.ikcregie.decision;

import java.math.BigDecimal;
import nl.ikcregie.application.ApplicationStatus;

/** The outcome of the college's decision follows from the granted amount against the requested amount. */
public enum DecisionOutcome {
    TOEGEKEND("Toegekend"),
    DEELS_TOEGEKEND("Deels toegekend"),
    AFGEWEZEN("Afgewezen");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Everything asked: granted; something less: partly granted; nothing: refused. */
    public static DecisionOutcome of(BigDecimal granted, BigDecimal requested) {
        if (granted.signum() <= 0) {
            return AFGEWEZEN;
        }
        return granted.compareTo(requested) >= 0 ? TOEGEKEND : DEELS_TOEGEKEND;
    }

    /** A decision that differs from the advice needs its reason stated (it is in the letter and the file). */
    public static boolean deviates(BigDecimal granted, BigDecimal advised) {
        return advised == null || granted.compareTo(advised) != 0;
    }

    public ApplicationStatus status() {
        return ApplicationStatus.valueOf(name());
    }
}
