package nl.ikcregie.designation;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Plus-IKC predicaat as the JSON API shows it. */
@Schema(name = "PlusPredicaat")
public record PlusPredicaat(Long id, Long ikcId, String ikcNaam, Long aandachtsgebiedId, String aandachtsgebiedNaam,
        @Schema(enumeration = { "VOORGESTELD", "TOEGEKEND", "AFGEWEZEN", "INGETROKKEN", "BEEINDIGD" }) String status,
        LocalDate voorgedragenOp, String motivering, LocalDate besluitdatum, LocalDate geldigVanaf, LocalDate geldigTot,
        @Schema(description = "De volgende herijking; leeg als er geen meer is.") LocalDate herijkingOp,
        @Schema(description = "Of de herijking nu nodig is (datum bereikt, gemeld, aandachtsgebied niet geldig of looptijd verstreken).") boolean herijkingNodig,
        @Schema(description = "Waarom een herijking vóór haar datum nodig is (bijvoorbeeld een gewijzigd aandachtsgebied).") String herijkingReden,
        String uitzonderingsmotivering, String vorigeCategorie, LocalDate afgeslotenOp, String reden,
        int aantalVoorwaardenVoldaan, List<Voorwaarde> voorwaarden, List<Herijking> herijkingen, long versie) {

    /** One of the eleven conditions. */
    public record Voorwaarde(int nummer, String tekst, boolean voldaan, String onderbouwing, String getoetstDoor,
            java.time.Instant getoetstOp, List<Bijlage> bijlagen) {
    }

    public record Bijlage(Long id, String bestandsnaam, long grootte, String href) {
    }

    public record Herijking(Long id, LocalDate datum,
            @Schema(enumeration = { "VOORTZETTEN", "AANPASSEN", "BEEINDIGEN" }) String uitkomst, String motivering,
            boolean aandachtsgebiedGeldig, List<Integer> nietVoldaan, LocalDate geldigTotVoor, LocalDate geldigTotNa,
            LocalDate volgendeHerijkingOp, String vastgelegdDoor) {
    }

    static PlusPredicaat of(PlusDesignation d, LocalDate today) {
        String base = "/api/v1/plus-predicaten/" + d.id + "/voorwaarden/";
        List<Voorwaarde> conditions = d.conditions.stream().map(c -> new Voorwaarde(c.number, c.text(), c.met, c.evidence,
                c.checkedBy, c.checkedAt, c.attachments.stream().map(a -> new Bijlage(a.id, a.filename, a.sizeBytes,
                        base + c.number + "/bijlagen/" + a.id)).toList())).toList();
        List<Herijking> reviews = d.reviews.stream().map(r -> new Herijking(r.id, r.reviewedOn, r.outcome.name(), r.reason,
                r.areaValid, r.unmet(), r.validUntilBefore, r.validUntilAfter, r.nextReviewOn, r.recordedBy)).toList();
        var area = d.ikc.priorityArea;
        return new PlusPredicaat(d.id, d.ikc.id, d.ikc.name, area == null ? null : area.id, area == null ? null : area.name,
                d.status.name(), d.proposedOn, d.proposalNote, d.decidedOn, d.validFrom, d.validUntil, d.reviewOn,
                d.reviewDue(today), d.reviewFlagReason, d.exceptionReason,
                d.previousCategory == null ? null : d.previousCategory.name(), d.closedOn, d.closingReason,
                (int) d.metCount(), conditions, reviews, d.version);
    }
}
