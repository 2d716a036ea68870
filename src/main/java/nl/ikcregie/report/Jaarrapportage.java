package nl.ikcregie.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The JSON representation of a yearly report, in its four PDCA parts. */
public record Jaarrapportage(long id, long ikcId, String ikcNaam, int jaar, String status, LocalDate uiterlijkOp,
        long versie, Long aanvraagId, Long resultaatafspraakId, Plan plan, Uitvoering uitvoering, Check check, Act act,
        Instant ingediendOp, String ingediendDoor, Instant beoordeeldOp, String beoordeeldDoor, String beoordeling) {

    public record Plan(String tekst, BigDecimal toegekendBedrag, Integer afspraakVersie, List<Streefwaarde> streefwaarden) {
    }

    public record Streefwaarde(int nummer, String doel, String indicator, String eenheid, BigDecimal nulmeting,
            BigDecimal streefwaarde) {
    }

    public record Uitvoering(String tekst) {
    }

    public record Check(List<Indicator> indicatoren, BigDecimal subsidieBesteed, String toelichtingBesteding,
            List<Besteding> bestedingPerPartij, List<Niveau> zelfevaluatie, List<Verplichting> inspanningsverplichtingen,
            List<Formatie> formatie) {
    }

    public record Indicator(int nummer, String doel, String indicator, String eenheid, BigDecimal nulmeting,
            BigDecimal streefwaarde, BigDecimal gerealiseerd, String toelichting) {
    }

    public record Besteding(String partij, BigDecimal afgesproken, BigDecimal besteed) {
    }

    public record Niveau(int criterium, String vorigNiveau, String niveau) {
    }

    public record Verplichting(int nummer, String omschrijving, LocalDate deadline, String status, String toelichting) {
    }

    public record Formatie(int nummer, String rol, BigDecimal afgesprokenUren, BigDecimal urenIngevuld) {
    }

    public record Act(String tekst, String wijzigingsvoorstel) {
    }

    /** A short entry of a list. */
    public record Overzicht(long id, long ikcId, String ikcNaam, int jaar, String status, LocalDate uiterlijkOp,
            long versie) {

        static Overzicht of(AnnualReport r) {
            return new Overzicht(r.id, r.ikc.id, r.ikc.name, r.year, r.status.name(), r.dueOn, r.version);
        }
    }

    /** An IKC that must report for a year, and how far its report is. */
    public record Rapportageplicht(long ikcId, String ikcNaam, long organisatieId, int jaar, LocalDate uiterlijkOp,
            boolean gesubsidieerd, boolean plusIkc, Long rapportageId, String status) {
    }

    public static Jaarrapportage of(AnnualReport r) {
        List<Streefwaarde> targets = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < r.indicators.size(); i++) {
            ReportIndicator x = r.indicators.get(i);
            targets.add(new Streefwaarde(i + 1, x.goalTitle, x.name, x.unit, x.baseline, x.target));
            indicators.add(new Indicator(i + 1, x.goalTitle, x.name, x.unit, x.baseline, x.target, x.realised, x.note));
        }
        List<Verplichting> obligations = new ArrayList<>();
        for (int i = 0; i < r.obligations.size(); i++) {
            ReportObligation o = r.obligations.get(i);
            obligations.add(new Verplichting(i + 1, o.description, o.dueOn, o.status == null ? null : o.status.name(),
                    o.explanation));
        }
        List<Formatie> staffing = new ArrayList<>();
        for (int i = 0; i < r.staffing.size(); i++) {
            ReportStaffing s = r.staffing.get(i);
            staffing.add(new Formatie(i + 1, s.role.name(), s.agreedHours, s.hoursInPlace));
        }
        return new Jaarrapportage(r.id, r.ikc.id, r.ikc.name, r.year, r.status.name(), r.dueOn, r.version,
                r.application == null ? null : r.application.id, r.agreement == null ? null : r.agreement.id,
                new Plan(r.planText, r.grantedAmount, r.agreementVersion, targets), new Uitvoering(r.doneText),
                new Check(indicators, r.subsidySpent, r.spendingNote,
                        r.spending.stream().map(s -> new Besteding(s.party.name(), s.agreed, s.spent)).toList(),
                        r.levels.stream().map(l -> new Niveau(l.criterion, name(l.previousLevel), name(l.level))).toList(),
                        obligations, staffing),
                new Act(r.actText, r.amendmentProposal), r.submittedAt, r.submittedBy, r.reviewedAt, r.reviewedBy,
                r.reviewNote);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
