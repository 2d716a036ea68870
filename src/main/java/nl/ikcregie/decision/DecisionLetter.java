package nl.ikcregie.decision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded decision as the zaaksysteem registers it (a besluit with its letter): read through
 * {@link DecisionLetterQuery}.
 */
public record DecisionLetter(long decisionId, long applicationId, String reference, DecisionOutcome outcome,
        BigDecimal requestedAmount, BigDecimal grantedAmount, LocalDate decidedOn, LocalDate sentOn,
        LocalDate objectionPeriodEnd, String replacesReference, String filename) {
}
