package nl.ikcregie.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The consensus of an application with the spread of the members' weighted scores, as the API shows it. */
public record ConsensusGegevens(Long aanvraagId, int aantalBeoordelingen, BigDecimal laagsteScore,
        BigDecimal hoogsteScore, BigDecimal eindscore, BigDecimal geadviseerdBedrag, String motivering,
        List<Verplichting> inspanningsverplichtingen, Long versie) {

    public record Verplichting(String omschrijving, LocalDate deadline) {
    }
}
