package nl.ikcregie.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The advice to the college as the JSON API shows it (CONTRACT.md: items with rang and
 * geadviseerdBedrag). {@code status} is CONCEPT while the projectleider prepares it and
 * VASTGESTELD once established for the college (then it no longer changes).
 */
public record Advies(Long subsidierondeId, BigDecimal subsidieplafond, BigDecimal totaalGeadviseerd,
        BigDecimal totaalInAandachtsgebieden, int minimumAandeelAandachtsgebieden, List<Item> items,
        List<Totaal> perCategorie, List<Totaal> perAandachtsgebied, List<Totaal> perSchoolbestuur, String status,
        Instant vastgesteldOp, String vastgesteldDoor) {

    public static final String CONCEPT = "CONCEPT";
    public static final String VASTGESTELD = "VASTGESTELD";

    /**
     * One application in the advice. {@code berekendBedrag} is what the allocation gives;
     * {@code geadviseerdBedrag} differs from it only by the projectleider's adjustment, whose reason
     * is {@code aanpassingsreden}. {@code motivering} and {@code inspanningsverplichtingen} come from
     * the commissie's consensus: null and empty while none is recorded.
     */
    public record Item(Long aanvraagId, String kenmerk, String ikcNaam, int rang, BigDecimal gewogenScore,
            int aantalBeoordelingen, BigDecimal aangevraagdBedrag, BigDecimal geadviseerdBedrag, String toelichting,
            String categorie, String aandachtsgebied, String schoolbestuur, BigDecimal berekendBedrag,
            String aanpassingsreden, String motivering, List<Verplichting> inspanningsverplichtingen) {

        public boolean isAdjusted() {
            return aanpassingsreden != null;
        }
    }

    /** An inspanningsverplichting the commissie agreed on, with its deadline. */
    public record Verplichting(String omschrijving, LocalDate deadline) {
    }

    /** A total of the advice for one group (a category, an area, a school board). */
    public record Totaal(String groep, int aantal, BigDecimal aangevraagd, BigDecimal geadviseerd) {
    }

    public boolean isEstablished() {
        return VASTGESTELD.equals(status);
    }

    /** Totals per group, largest advice first. */
    static List<Totaal> totals(List<Item> items, java.util.function.Function<Item, String> group) {
        java.util.Map<String, List<Item>> byGroup = new java.util.TreeMap<>();
        for (Item item : items) {
            byGroup.computeIfAbsent(group.apply(item), k -> new java.util.ArrayList<>()).add(item);
        }
        return byGroup.entrySet().stream().map(e -> new Totaal(e.getKey(), e.getValue().size(),
                e.getValue().stream().map(Item::aangevraagdBedrag).reduce(BigDecimal.ZERO, BigDecimal::add),
                e.getValue().stream().map(Item::geadviseerdBedrag).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .sorted(java.util.Comparator.comparing(Totaal::geadviseerd).reversed()).toList();
    }
}
