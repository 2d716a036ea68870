package nl.ikcregie.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A decision as the JSON API shows it. */
public record Besluit(Long id, String kenmerk, Long aanvraagId, String uitkomst, BigDecimal aangevraagdBedrag,
        BigDecimal geadviseerdBedrag, BigDecimal toegekendBedrag, String afwijkingsreden, String motivering,
        LocalDate besluitdatum, LocalDate verzondenOp, LocalDate bezwaartermijnTot,
        LocalDate vaststellingAanvragenUiterlijk, boolean geldend,
        Long vervangtBesluitId, List<Verplichting> inspanningsverplichtingen, String beschikking) {

    /** An obligation in the decision, numbered from 1. */
    public record Verplichting(int nummer, String omschrijving, LocalDate deadline, LocalDate nagekomenOp) {
    }

    static Besluit of(Decision d) {
        List<Verplichting> obligations = new ArrayList<>();
        for (int i = 0; i < d.obligations.size(); i++) {
            DecisionObligation o = d.obligations.get(i);
            obligations.add(new Verplichting(i + 1, o.description, o.dueOn, o.fulfilledOn));
        }
        return new Besluit(d.id, d.reference, d.application.id, d.outcome.name(), d.requestedAmount, d.advisedAmount,
                d.grantedAmount, d.deviationReason, d.grounds, d.decidedOn, d.sentOn, d.objectionPeriodEnd(), d.settlementDue,
                d.inForce,
                d.replaces == null ? null : d.replaces.id, obligations, "/api/v1/besluiten/" + d.id + "/beschikking.pdf");
    }
}
