package nl.ikcregie.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ikcregie.shared.Dates;

/**
 * The Plus-IKC timeline of one IKC: every proposal, grant, herijking and end of all its
 * predicaten, with the herijking and the end still to come, in date order.
 */
public record Timeline(List<Entry> entries) {

    /** Done: it happened; PLANNED: a date ahead; DUE: it should have happened or is needed now. */
    public enum Kind {
        GEWEEST, GEPLAND, NODIG
    }

    public record Entry(LocalDate date, String title, String detail, Kind kind, Long designationId) {

        public boolean isDue() {
            return kind == Kind.NODIG;
        }

        public boolean isPlanned() {
            return kind == Kind.GEPLAND;
        }
    }

    public static Timeline of(List<PlusDesignation> designations, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (PlusDesignation d : designations) {
            Long id = d.id;
            entries.add(new Entry(d.proposedOn, "Voorgedragen voor het Plus-IKC predicaat",
                    d.proposalNote == null ? "" : d.proposalNote, Kind.GEWEEST, id));
            if (d.decidedOn != null) {
                entries.add(new Entry(d.decidedOn, "Predicaat toegekend",
                        "Geldig van " + Dates.dutch(d.validFrom) + " tot en met "
                                + Dates.dutch(originalEnd(d))
                                + (d.exceptionReason == null ? "" : ". Met gemotiveerde uitzondering: " + d.exceptionReason),
                        Kind.GEWEEST, id));
            }
            for (DesignationReview r : d.reviews) {
                entries.add(new Entry(r.reviewedOn, "Herijking: " + r.outcome.label().toLowerCase(),
                        r.reason + (r.areaValid ? "" : " (aandachtsgebied niet geldig)")
                                + (r.unmet().isEmpty() ? "" : " (niet voldaan: voorwaarde "
                                        + DesignationService.numbers(r.unmet()) + ")"),
                        Kind.GEWEEST, id));
            }
            switch (d.status) {
                case AFGEWEZEN -> entries.add(new Entry(d.closedOn, "Voordracht afgewezen", d.closingReason, Kind.GEWEEST, id));
                case INGETROKKEN -> entries.add(new Entry(d.closedOn, "Voordracht ingetrokken", d.closingReason, Kind.GEWEEST, id));
                case BEEINDIGD -> entries.add(new Entry(d.closedOn, "Predicaat beëindigd",
                        d.closingReason + " Laatste dag: " + Dates.dutch(d.validUntil) + ".", Kind.GEWEEST, id));
                case TOEGEKEND -> {
                    if (d.reviewFlaggedOn != null) {
                        entries.add(new Entry(d.reviewFlaggedOn, "Herijking nodig", d.reviewFlagReason, Kind.NODIG, id));
                    }
                    if (d.reviewOn != null) {
                        boolean due = !d.reviewOn.isAfter(today);
                        entries.add(new Entry(d.reviewOn, due ? "Herijking (te laat)" : "Herijking gepland",
                                "Tweejaarlijkse herijking, samen met de herijking van de aandachtsgebieden",
                                due ? Kind.NODIG : Kind.GEPLAND, id));
                    }
                    boolean over = d.validUntil.isBefore(today);
                    entries.add(new Entry(d.validUntil, over ? "Looptijd verstreken" : "Einde looptijd",
                            over ? "Beëindig het predicaat of draag het IKC opnieuw voor" : "Laatste dag van het predicaat",
                            over ? Kind.NODIG : Kind.GEPLAND, id));
                }
                default -> {
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::date));
        return new Timeline(List.copyOf(entries));
    }

    /** The end as granted (before an end or adjustment changed it), for the grant's own line. */
    private static LocalDate originalEnd(PlusDesignation d) {
        return d.reviews.isEmpty() ? DesignationTerms.validUntil(d.validFrom) : d.reviews.get(0).validUntilBefore;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
