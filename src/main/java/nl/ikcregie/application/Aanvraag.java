package nl.ikcregie.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.ikcregie.shared.ClockProducer;

/** An aanvraag as the JSON API shows it (CONTRACT.md). */
public record Aanvraag(Long id, String kenmerk, Long subsidierondeId, Long ikcId, String ikcNaam,
        ApplicationStatus status, BigDecimal aangevraagdBedrag, BigDecimal maximumNogBeschikbaar, Plan plan,
        String draagvlak, boolean verlengdeLeertijd, List<Zelfevaluatie> zelfevaluatie,
        List<Begrotingsregel> begrotingsregels, List<Long> kinderopvangIds, List<Bijlage> bijlagen,
        OffsetDateTime ingediendOp, LocalDate beslistermijn, List<Aanvullingsverzoek> aanvullingsverzoeken,
        OffsetDateTime laatstGewijzigdOp, String laatstGewijzigdDoor, long versie) {

    public record Plan(String waarom, String hoe, String wat) {
    }

    public record Zelfevaluatie(int criterium, IntegrationLevel huidigNiveau, IntegrationLevel ambitieNiveau) {
    }

    public record Begrotingsregel(String omschrijving, BigDecimal bedrag, BigDecimal cofinancieringOnderwijs,
            BigDecimal cofinancieringKinderopvang, BigDecimal cofinancieringOverig) {
    }

    public record Bijlage(Long id, String bestandsnaam, long grootte) {
    }

    public record Aanvullingsverzoek(LocalDate gevraagdOp, LocalDate termijnTot, String ontbreekt,
            LocalDate aangevuldOp) {
    }

    static Aanvraag of(SubsidyApplication a, YearlyMaximum maximum, LocalDate today) {
        return new Aanvraag(a.id, a.reference, a.round.id, a.ikc.id, a.ikc.name, a.status, a.requestedAmount,
                maximum.remaining(), new Plan(a.why, a.how, a.what), a.support, a.extendedLearningTime,
                a.selfAssessment.stream().map(s -> new Zelfevaluatie(s.criterion, s.currentLevel, s.ambitionLevel))
                        .toList(),
                a.budgetLines.stream().map(l -> new Begrotingsregel(l.description, l.amount, l.cofinancingEducation,
                        l.cofinancingChildcare, l.cofinancingOther)).toList(),
                a.partners.stream().map(p -> p.id).toList(),
                a.attachments.stream().map(b -> new Bijlage(b.id, b.filename, b.sizeBytes)).toList(),
                a.submittedAt == null ? null : a.submittedAt.atZone(ClockProducer.AMSTERDAM).toOffsetDateTime(),
                a.decisionDeadline(today),
                a.completionRequests.stream().map(r -> new Aanvullingsverzoek(r.requestedOn, r.dueOn, r.missing,
                        r.completedOn)).toList(),
                a.updatedAt.atZone(ClockProducer.AMSTERDAM).toOffsetDateTime(), a.updatedBy, a.version);
    }
}
