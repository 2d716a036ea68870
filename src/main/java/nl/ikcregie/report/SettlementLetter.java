package nl.ikcregie.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recorded settlement as the zaaksysteem registers it (a document of the zaak): read through {@link SettlementLetterQuery}. */
public record SettlementLetter(long settlementId, long applicationId, String reference, BigDecimal finalAmount,
        LocalDate settledOn, LocalDate sentOn, String filename) {
}
