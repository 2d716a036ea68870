package nl.ikcregie.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programme's monitoring figures of one year, as the JSON API, the page and the PDF show them
 * (Dutch names: this record is the API's representation, like {@code decision.Advies}). Money
 * granted counts the decisions in force that grant something; spent is the settled final amount
 * where a grant is settled, else what the approved yearly report says was spent. Everything about
 * indicators, criteria, obligations and staffing counts only approved reports (GOEDGEKEURD; a
 * settled report is approved): {@code rapportages.meegeteld} of {@code rapportages.teRapporteren}.
 */
public record MonitoringFigures(int jaar, Rapportages rapportages, Jaarbedrag totaal, List<Jaarbedrag> bedragenPerJaar,
        List<Groep> perCategorie, List<Groep> perAandachtsgebied, List<Groep> perSchoolbestuur,
        Aandeel aandeelAandachtsgebieden, int indicatorRapportages, List<Indicatorreeks> indicatoren,
        List<Criteriumbeweging> criteria, List<Profiel> profielen, Verplichtingen verplichtingen,
        List<Formatie> formatie) {

    /** The money of one subsidy year; {@code besteed} counts only grants whose spending is known. */
    public record Jaarbedrag(int jaar, BigDecimal toegekend, BigDecimal besteed, BigDecimal vastgesteld,
            BigDecimal teruggevorderd, int aantalIkcs) {
    }

    /** Granted and spent for one category, aandachtsgebied or school board in the year. */
    public record Groep(String code, String naam, int aantalIkcs, BigDecimal toegekend, BigDecimal besteed) {
    }

    /** The share of the year's granted money that went to IKCs in an aandachtsgebied, against the scheme's 70-80%. */
    public record Aandeel(BigDecimal percentage, boolean binnenBandbreedte, int ondergrens, int bovengrens,
            BigDecimal inAandachtsgebieden, BigDecimal totaal) {
    }

    /** One indicator of one Plus-IKC over the years of its approved reports. */
    public record Indicatorreeks(long ikcId, String ikcNaam, String doel, String indicator, String eenheid,
            List<Meting> metingen) {
    }

    /** The target and the realised value in one report year. */
    public record Meting(int jaar, BigDecimal streefwaarde, BigDecimal gerealiseerd) {
    }

    /** How the IKCs moved on one criterion of the Ontwikkelinstrument (levels 1 back to back .. 5 integraal). */
    public record Criteriumbeweging(int criterium, String naam, int omhoog, int gelijk, int omlaag,
            BigDecimal gemiddeldVoor, BigDecimal gemiddeldNu) {
    }

    /** One IKC's levels on the 12 criteria, before and now. */
    public record Profiel(long ikcId, String ikcNaam, List<Niveau> niveaus) {
    }

    /** A level before and now on one criterion; numbers 1..5, null when not reported. */
    public record Niveau(int criterium, String voor, String nu, Integer voorNummer, Integer nuNummer) {

        public String voorNaam() {
            return voor == null ? "" : nl.ikcregie.application.IntegrationLevel.valueOf(voor).label();
        }

        public String nuNaam() {
            return nu == null ? "" : nl.ikcregie.application.IntegrationLevel.valueOf(nu).label();
        }
    }

    /** The inspanningsverplichtingen of the year: how they were met, and how many are still open. */
    public record Verplichtingen(int nagekomen, int deelsNagekomen, int nietNagekomen, int nogOpen) {
    }

    /** The staff of one role: hours per week agreed and in place, summed over the IKCs. */
    public record Formatie(String rol, String rolNaam, int aantalIkcs, BigDecimal afgesprokenUren,
            BigDecimal ingevuldeUren) {
    }

    /**
     * The year's reports: who must report (a grant of the year, a result agreement running that year, or
     * a report started) and where each stands. The states are disjoint; {@code meegeteld} =
     * goedgekeurd + vastgesteld is the number of reports the figures rest on.
     */
    public record Rapportages(int teRapporteren, int nietGestart, int concept, int ingediend, int wijzigingGevraagd,
            int goedgekeurd, int vastgesteld, int meegeteld) {
    }
}
