package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A result agreement as the API shows it: parties, the current version with its content and totals, all versions. */
@Schema(name = "Resultaatafspraak")
public record Resultaatafspraak(long id, long ikcId, String ikcNaam, int eersteJaar, int laatsteJaar,
        @Schema(description = "Het nummer van de huidige (nieuwste) versie.") int versie,
        @Schema(enumeration = { "CONCEPT", "AKKOORD" }, description = "De status van de huidige versie.") String status,
        @Schema(description = "De revisie van de huidige versie, voor optimistische vergrendeling.") long revisie,
        @Schema(description = "Het nummer van de laatste akkoord-versie, of leeg.") Integer akkoordVersie,
        List<Partij> partijen, Afspraakversie huidigeVersie, List<Versieoverzicht> versies,
        List<Evaluatie> evaluaties) {

    /** A party, its organisation, and its consent to the current version. */
    public record Partij(String partij, long organisatieId, String naam, boolean ingestemd, String ingestemdDoor,
            Instant ingestemdOp) {
    }

    public record Versieoverzicht(int versie, String status, Instant aangemaaktOp, Instant akkoordOp,
            String wijzigingsreden) {
    }

    public record Evaluatie(int jaar, int geevalueerdeVersie, String toelichting, boolean leidtTotWijziging,
            String vastgelegdDoor, Instant vastgelegdOp) {
    }

    /** One version in full: status, consents, content and totals. */
    @Schema(name = "Afspraakversie")
    public record Afspraakversie(int versie, String status, long revisie, Instant aangemaaktOp, Instant akkoordOp,
            String wijzigingsreden, List<Instemming> instemmingen, Inhoud inhoud, Totalen totalen) {
    }

    public record Instemming(String partij, String ingestemdDoor, String naam, Instant ingestemdOp) {
    }

    public record Inhoud(String aanbodUitDataAnalyse, String aansturing, String functiehuis, String inrichting,
            List<Doel> doelen, List<Bijdrage> bijdragen, List<Formatie> formatie) {
    }

    public record Doel(String titel, String omschrijving, List<Indicator> indicatoren) {
    }

    public record Indicator(String naam, String eenheid, BigDecimal nulmeting, List<Streefwaarde> streefwaarden) {
    }

    public record Streefwaarde(int jaar, BigDecimal waarde) {
    }

    public record Bijdrage(String partij, String bron, int jaar, BigDecimal bedrag) {
    }

    public record Formatie(String functie, BigDecimal urenPerWeek, String gefinancierdDoor, String bron, int vanJaar,
            int totEnMetJaar, String toelichting) {
    }

    /** Sums of the contributions: per party per year, per party, per source, per year, and in all. */
    public record Totalen(List<PartijJaar> perPartijPerJaar, List<PartijBedrag> perPartij, List<BronBedrag> perBron,
            List<JaarBedrag> perJaar, BigDecimal totaal) {
    }

    public record PartijJaar(String partij, int jaar, BigDecimal bedrag) {
    }

    public record PartijBedrag(String partij, BigDecimal bedrag) {
    }

    public record BronBedrag(String bron, BigDecimal bedrag) {
    }

    public record JaarBedrag(int jaar, BigDecimal bedrag) {
    }

    static Resultaatafspraak of(ResultAgreement a) {
        AgreementVersion current = a.current();
        List<Partij> parties = new ArrayList<>();
        for (Party p : Party.values()) {
            var consent = current.consentOf(p);
            parties.add(new Partij(p.name(), a.organisationOf(p).id, a.organisationOf(p).name, consent.isPresent(),
                    consent.map(c -> c.consentedByName).orElse(null), consent.map(c -> c.consentedAt).orElse(null)));
        }
        return new Resultaatafspraak(a.id, a.ikc.id, a.ikc.name, a.firstYear, a.lastYear, current.number,
                current.status.name(), current.revision, a.latestAgreed().map(v -> v.number).orElse(null), parties,
                version(a, current),
                a.versions.stream().map(v -> new Versieoverzicht(v.number, v.status.name(), v.createdAt, v.agreedAt,
                        v.amendmentReason)).toList(),
                a.evaluations.stream().map(e -> new Evaluatie(e.year, e.evaluatedVersion, e.text, e.leadsToAmendment,
                        e.recordedBy, e.recordedAt)).toList());
    }

    static Afspraakversie version(ResultAgreement a, AgreementVersion v) {
        AgreementContent c = v.content();
        return new Afspraakversie(v.number, v.status.name(), v.revision, v.createdAt, v.agreedAt, v.amendmentReason,
                v.consents.stream().map(k -> new Instemming(k.party.name(), k.consentedBy, k.consentedByName,
                        k.consentedAt)).toList(),
                content(c), totals(ContributionTotals.of(c.contributions(), a.firstYear, a.lastYear)));
    }

    static Inhoud content(AgreementContent c) {
        return new Inhoud(c.texts().dataAnalysis(), c.texts().steering(), c.texts().functiehuis(),
                c.texts().organisation(),
                c.goals().stream().map(g -> new Doel(g.title(), g.description(), g.indicators().stream()
                        .map(i -> new Indicator(i.name(), i.unit(), i.baseline(), i.targets().entrySet().stream()
                                .map(t -> new Streefwaarde(t.getKey(), t.getValue())).toList()))
                        .toList())).toList(),
                c.contributions().stream().map(b -> new Bijdrage(b.party().name(), b.source().name(), b.year(),
                        b.amount())).toList(),
                c.staffing().stream().map(s -> new Formatie(s.role().name(), s.hoursPerWeek(), s.fundedBy().name(),
                        s.source().name(), s.firstYear(), s.lastYear(), s.note())).toList());
    }

    static Totalen totals(ContributionTotals t) {
        List<PartijJaar> perPartyYear = new ArrayList<>();
        for (Party p : Party.values()) {
            for (int year : t.years()) {
                perPartyYear.add(new PartijJaar(p.name(), year, t.byParty(p, year)));
            }
        }
        return new Totalen(perPartyYear,
                java.util.Arrays.stream(Party.values()).map(p -> new PartijBedrag(p.name(), t.ofParty(p))).toList(),
                java.util.Arrays.stream(FundingSource.values()).map(s -> new BronBedrag(s.name(), t.ofSource(s)))
                        .toList(),
                t.years().stream().map(y -> new JaarBedrag(y, t.ofYear(y))).toList(), t.grandTotal());
    }
}
