package nl.ikcregie.decision;

import java.math.BigDecimal;
import java.util.List;

/** The advice to the college as the JSON API shows it (CONTRACT.md: items with rang and geadviseerdBedrag). */
public record Advies(Long subsidierondeId, BigDecimal subsidieplafond, BigDecimal totaalGeadviseerd,
        BigDecimal totaalInAandachtsgebieden, int minimumAandeelAandachtsgebieden, List<Item> items) {

    public record Item(Long aanvraagId, String kenmerk, String ikcNaam, int rang, BigDecimal gewogenScore,
            int aantalBeoordelingen, BigDecimal aangevraagdBedrag, BigDecimal geadviseerdBedrag, String toelichting) {
    }
}
