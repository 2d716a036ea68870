package nl.ikcregie.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A final settlement as the JSON API shows it. */
public record Vaststelling(Long id, String kenmerk, Long aanvraagId, Long rapportageId, Long besluitId,
        BigDecimal toegekendBedrag, BigDecimal besteedBedrag, BigDecimal vastgesteldBedrag,
        BigDecimal betaaldeVoorschotten, BigDecimal terugTeVorderen, BigDecimal nogTeBetalen, String motivering,
        LocalDate vaststellingsdatum, LocalDate verzondenOp, LocalDate bezwaartermijnTot, String brief) {

    static Vaststelling of(Settlement s) {
        return new Vaststelling(s.id, s.reference, s.application.id, s.report.id, s.decision.id, s.grantedAmount,
                s.spentAmount, s.finalAmount, s.advancesPaid, s.reclaimAmount, s.paymentAmount, s.grounds, s.settledOn,
                s.sentOn, s.objectionPeriodEnd(), "/api/v1/vaststellingen/" + s.id + "/vaststelling.pdf");
    }
}
