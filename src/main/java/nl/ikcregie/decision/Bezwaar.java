package nl.ikcregie.decision;

import java.time.LocalDate;

/** An objection as the JSON API shows it. */
public record Bezwaar(Long id, Long besluitId, String besluitKenmerk, LocalDate ontvangenOp, String indiener,
        String samenvatting, boolean adviescommissie, boolean tijdig, int verdagingWeken, String verdagingsreden,
        LocalDate beslistermijn, String uitkomst, LocalDate beslistOp, String motivering, Long nieuwBesluitId,
        long versie) {

    static Bezwaar of(Objection o) {
        return new Bezwaar(o.id, o.decision.id, o.decision.reference, o.receivedOn, o.objector, o.summary,
                o.advisoryCommittee, o.inTime(), o.extensionWeeks, o.extensionReason, o.deadline(),
                o.outcome == null ? null : o.outcome.name(), o.outcomeOn, o.outcomeReason,
                o.newDecision == null ? null : o.newDecision.id, o.version);
    }
}
