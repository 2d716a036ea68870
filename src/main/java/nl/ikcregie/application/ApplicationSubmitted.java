package nl.ikcregie.application;

import java.math.BigDecimal;
import java.time.Instant;

/** Fired when an application is (re)submitted; the receipt goes out once the transaction committed. */
public record ApplicationSubmitted(long applicationId, String reference, String ikcName, String roundTitle,
        Instant receivedAt, BigDecimal requestedAmount, boolean completion, String submittedBy) {
}
