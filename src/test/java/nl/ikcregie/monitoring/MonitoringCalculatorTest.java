package nl.ikcregie.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.monitoring.MonitoringFigures.Criteriumbeweging;
import nl.ikcregie.monitoring.MonitoringFigures.Groep;
import nl.ikcregie.monitoring.MonitoringInput.Grant;
import nl.ikcregie.monitoring.MonitoringInput.Indicator;
import nl.ikcregie.monitoring.MonitoringInput.Level;
import nl.ikcregie.monitoring.MonitoringInput.Obligation;
import nl.ikcregie.monitoring.MonitoringInput.Report;
import nl.ikcregie.monitoring.MonitoringInput.Staffing;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.report.ObligationStatus;
import nl.ikcregie.report.ReportStatus;
import org.junit.jupiter.api.Test;

class MonitoringCalculatorTest {

    static final List<String> NAMES = Collections.nCopies(12, "Criterium");

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    static Grant grant(int year, long ikc, IkcCategory category, String area, String board, String granted, String spent,
            String settled, String reclaimed, int obligations) {
        return new Grant(year, ikc * 100 + year, ikc, "IKC " + ikc, category, area, board, eur(granted),
                spent == null ? null : eur(spent), settled == null ? null : eur(settled),
                reclaimed == null ? null : eur(reclaimed), obligations);
    }

    static MonitoringInput input(int year, List<Grant> grants, List<Report> reports) {
        return new MonitoringInput(year, NAMES, List.of("Oud-Oost", "Vrijheidswijk"), grants, reports, Set.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void moneyPerYearCategoryAreaAndBoard() {
        List<Grant> grants = List.of(
                grant(2025, 1, IkcCategory.PLUS, "Oud-Oost", "Proloog", "40000", "38000", "38000", "2000", 1),
                grant(2026, 1, IkcCategory.PLUS, "Oud-Oost", "Proloog", "50000", "45000", "45000", "5000", 1),
                grant(2026, 2, IkcCategory.REGULIER, null, "PCBO", "30000", "30000", null, null, 2),
                grant(2026, 3, IkcCategory.KLEINE_KERN, null, "Proloog", "20000", null, null, null, 0),
                grant(2027, 4, IkcCategory.PLUS, "Vrijheidswijk", "BMS", "99999", null, null, null, 0));
        MonitoringFigures f = MonitoringCalculator.calculate(input(2026, grants, List.of()));

        assertEquals(2, f.bedragenPerJaar().size(), "years after 2026 are not in the 2026 report");
        assertEquals(eur("40000"), f.bedragenPerJaar().get(0).toegekend());
        assertEquals(eur("100000"), f.totaal().toegekend());
        assertEquals(eur("75000"), f.totaal().besteed(), "unknown spending counts as nothing spent yet");
        assertEquals(eur("45000"), f.totaal().vastgesteld());
        assertEquals(eur("5000"), f.totaal().teruggevorderd());
        assertEquals(3, f.totaal().aantalIkcs());

        assertEquals(List.of("PLUS", "REGULIER", "KLEINE_KERN"), f.perCategorie().stream().map(Groep::code).toList());
        assertEquals(eur("50000"), f.perCategorie().get(0).toegekend());
        assertEquals(eur("30000"), f.perCategorie().get(1).besteed());
        assertEquals(eur("0"), f.perCategorie().get(2).besteed());

        assertEquals(List.of("Oud-Oost", "Vrijheidswijk", "Buiten aandachtsgebieden"),
                f.perAandachtsgebied().stream().map(Groep::naam).toList());
        assertEquals(eur("50000"), f.perAandachtsgebied().get(0).toegekend());
        assertEquals(eur("0"), f.perAandachtsgebied().get(1).toegekend());
        assertEquals(eur("50000"), f.perAandachtsgebied().get(2).toegekend());
        assertEquals(2, f.perAandachtsgebied().get(2).aantalIkcs());

        assertEquals(List.of("PCBO", "Proloog"), f.perSchoolbestuur().stream().map(Groep::naam).toList());
        assertEquals(eur("70000"), f.perSchoolbestuur().get(1).toegekend());

        assertEquals(new BigDecimal("50.0"), f.aandeelAandachtsgebieden().percentage());
        assertFalse(f.aandeelAandachtsgebieden().binnenBandbreedte());
        assertEquals(70, f.aandeelAandachtsgebieden().ondergrens());
        assertEquals(80, f.aandeelAandachtsgebieden().bovengrens());
    }

    @Test
    void theBandIncludesSeventyAndEightyPercent() {
        assertTrue(share("70", "30").binnenBandbreedte());
        assertTrue(share("80", "20").binnenBandbreedte());
        assertTrue(share("75", "25").binnenBandbreedte());
        assertFalse(share("6999", "3001").binnenBandbreedte(), "69.99%");
        assertFalse(share("8001", "1999").binnenBandbreedte(), "80.01%");
        assertEquals(new BigDecimal("80.0"), share("8001", "1999").percentage(), "shown rounded, judged exact");
        MonitoringFigures.Aandeel none = MonitoringCalculator.calculate(input(2026, List.of(), List.of()))
                .aandeelAandachtsgebieden();
        assertEquals(0, none.percentage().signum());
        assertFalse(none.binnenBandbreedte());
    }

    private static MonitoringFigures.Aandeel share(String inArea, String outside) {
        return MonitoringCalculator.share(List.of(grant(2026, 1, IkcCategory.PLUS, "Oud-Oost", "P", inArea, null, null, null, 0),
                grant(2026, 2, IkcCategory.REGULIER, null, "P", outside, null, null, null, 0)));
    }

    @Test
    void spentIsTheSettledAmountElseTheApprovedReportsElseUnknown() {
        assertEquals(eur("100"), MonitoringCalculator.spent(eur("100"), ReportStatus.GOEDGEKEURD, eur("200")));
        assertEquals(eur("200"), MonitoringCalculator.spent(null, ReportStatus.GOEDGEKEURD, eur("200")));
        assertNull(MonitoringCalculator.spent(null, ReportStatus.INGEDIEND, eur("200")));
        assertNull(MonitoringCalculator.spent(null, null, null));
    }

    @Test
    void reportsByStateAndWhoMustReport() {
        List<Grant> grants = List.of(grant(2026, 1, IkcCategory.PLUS, "Oud-Oost", "P", "1", null, null, null, 0),
                grant(2026, 2, IkcCategory.REGULIER, null, "P", "1", null, null, null, 0),
                grant(2026, 3, IkcCategory.REGULIER, null, "P", "1", null, null, null, 0),
                grant(2026, 4, IkcCategory.REGULIER, null, "P", "1", null, null, null, 0),
                grant(2026, 5, IkcCategory.REGULIER, null, "P", "1", null, null, null, 0));
        List<Report> reports = List.of(new Report(11, 2026, 1, "IKC 1", ReportStatus.GOEDGEKEURD, true),
                new Report(12, 2026, 2, "IKC 2", ReportStatus.GOEDGEKEURD, false),
                new Report(13, 2026, 3, "IKC 3", ReportStatus.INGEDIEND, false),
                new Report(14, 2026, 4, "IKC 4", ReportStatus.WIJZIGING_GEVRAAGD, false),
                new Report(16, 2026, 6, "IKC 6", ReportStatus.CONCEPT, false),
                new Report(9, 2025, 5, "IKC 5", ReportStatus.GOEDGEKEURD, false));
        MonitoringInput in = new MonitoringInput(2026, NAMES, List.of(), grants, reports, Set.of(7L, 1L), List.of(),
                List.of(), List.of(), List.of());
        MonitoringFigures.Rapportages r = MonitoringCalculator.calculate(in).rapportages();
        assertEquals(7, r.teRapporteren(), "five grants, a running agreement (7) and a report started (6)");
        assertEquals(2, r.nietGestart(), "IKC 5 (only a report of 2025) and IKC 7");
        assertEquals(1, r.concept());
        assertEquals(1, r.ingediend());
        assertEquals(1, r.wijzigingGevraagd());
        assertEquals(1, r.goedgekeurd());
        assertEquals(1, r.vastgesteld());
        assertEquals(2, r.meegeteld());
    }

    @Test
    void indicatorsOverTheYearsFromApprovedReportsOnly() {
        List<Report> reports = List.of(new Report(1, 2024, 7, "IKC Het Palet", ReportStatus.GOEDGEKEURD, true),
                new Report(2, 2025, 7, "IKC Het Palet", ReportStatus.GOEDGEKEURD, false),
                new Report(3, 2026, 7, "IKC Het Palet", ReportStatus.INGEDIEND, false),
                new Report(4, 2027, 7, "IKC Het Palet", ReportStatus.GOEDGEKEURD, false));
        List<Indicator> indicators = List.of(
                new Indicator(2, "Taal", "VVE-bereik", "%", new BigDecimal("80"), new BigDecimal("78")),
                new Indicator(1, "Taal", "VVE-bereik", "%", new BigDecimal("70"), new BigDecimal("72")),
                new Indicator(3, "Taal", "VVE-bereik", "%", new BigDecimal("85"), new BigDecimal("90")),
                new Indicator(4, "Taal", "VVE-bereik", "%", new BigDecimal("90"), new BigDecimal("95")),
                new Indicator(1, "Ouders", "Ouderavonden", null, new BigDecimal("4"), null));
        MonitoringFigures f = MonitoringCalculator.calculate(new MonitoringInput(2026, NAMES, List.of(), List.of(), reports,
                Set.of(), indicators, List.of(), List.of(), List.of()));
        assertEquals(2, f.indicatoren().size());
        MonitoringFigures.Indicatorreeks vve = f.indicatoren().get(1);
        assertEquals("VVE-bereik", vve.indicator());
        assertEquals(List.of(2024, 2025), vve.metingen().stream().map(MonitoringFigures.Meting::jaar).toList(),
                "the submitted 2026 report and the 2027 one do not count");
        assertEquals(new BigDecimal("70"), vve.metingen().get(0).streefwaarde());
        assertEquals(new BigDecimal("78"), vve.metingen().get(1).gerealiseerd());
        assertNull(f.indicatoren().get(0).metingen().get(0).gerealiseerd());
        assertEquals(2, f.indicatorRapportages());
    }

    @Test
    void movementOnTheCriteriaAndProfiles() {
        List<Report> reports = List.of(new Report(1, 2026, 1, "B-IKC", ReportStatus.GOEDGEKEURD, false),
                new Report(2, 2026, 2, "A-IKC", ReportStatus.GOEDGEKEURD, true),
                new Report(3, 2026, 3, "C-IKC", ReportStatus.INGEDIEND, false));
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(1, 1, IntegrationLevel.BACK_TO_BACK, IntegrationLevel.HAND_IN_HAND)); // up
        levels.add(new Level(2, 1, IntegrationLevel.FACE_TO_FACE, IntegrationLevel.FACE_TO_FACE)); // same
        levels.add(new Level(3, 1, IntegrationLevel.INTEGRAAL, IntegrationLevel.BACK_TO_BACK)); // not approved
        levels.add(new Level(1, 2, IntegrationLevel.CHEEK_TO_CHEEK, IntegrationLevel.HAND_IN_HAND)); // down
        levels.add(new Level(2, 2, IntegrationLevel.HAND_IN_HAND, null)); // not reported: no movement
        MonitoringFigures f = MonitoringCalculator.calculate(new MonitoringInput(2026, NAMES, List.of(), List.of(),
                reports, Set.of(), List.of(), levels, List.of(), List.of()));
        Criteriumbeweging one = f.criteria().get(0);
        assertEquals(12, f.criteria().size());
        assertEquals(1, one.omhoog());
        assertEquals(1, one.gelijk());
        assertEquals(0, one.omlaag());
        assertEquals(new BigDecimal("1.50"), one.gemiddeldVoor());
        assertEquals(new BigDecimal("2.50"), one.gemiddeldNu());
        assertEquals(1, f.criteria().get(1).omlaag());
        assertEquals(0, f.criteria().get(1).omhoog() + f.criteria().get(1).gelijk());
        assertNull(f.criteria().get(5).gemiddeldNu());

        assertEquals(List.of("A-IKC", "B-IKC"), f.profielen().stream().map(MonitoringFigures.Profiel::ikcNaam).toList());
        MonitoringFigures.Profiel b = f.profielen().get(1);
        assertEquals(12, b.niveaus().size());
        assertEquals(1, b.niveaus().get(0).voorNummer());
        assertEquals(3, b.niveaus().get(0).nuNummer());
        assertEquals("HAND_IN_HAND", b.niveaus().get(0).nu());
        assertNull(b.niveaus().get(2).nuNummer());
    }

    @Test
    void obligationsMetPartlyNotAndOpen() {
        List<Grant> grants = List.of(grant(2026, 1, IkcCategory.PLUS, "Oud-Oost", "P", "1", null, null, null, 3),
                grant(2026, 2, IkcCategory.REGULIER, null, "P", "1", null, null, null, 2),
                grant(2026, 3, IkcCategory.REGULIER, null, "P", "1", null, null, null, 1));
        List<Report> reports = List.of(new Report(1, 2026, 1, "IKC 1", ReportStatus.GOEDGEKEURD, false),
                new Report(2, 2026, 2, "IKC 2", ReportStatus.INGEDIEND, false));
        List<Obligation> obligations = List.of(new Obligation(1, ObligationStatus.NAGEKOMEN),
                new Obligation(1, ObligationStatus.DEELS_NAGEKOMEN), new Obligation(1, null),
                new Obligation(2, ObligationStatus.NIET_NAGEKOMEN));
        MonitoringFigures.Verplichtingen v = MonitoringCalculator.calculate(new MonitoringInput(2026, NAMES, List.of(),
                grants, reports, Set.of(), List.of(), List.of(), obligations, List.of())).verplichtingen();
        assertEquals(1, v.nagekomen());
        assertEquals(1, v.deelsNagekomen());
        assertEquals(0, v.nietNagekomen(), "the submitted report's answer is not yet approved");
        assertEquals(4, v.nogOpen(), "one unanswered, and the 2 + 1 of the IKCs without an approved report");
    }

    @Test
    void staffingPerRole() {
        List<Report> reports = List.of(new Report(1, 2026, 1, "IKC 1", ReportStatus.GOEDGEKEURD, false),
                new Report(2, 2026, 2, "IKC 2", ReportStatus.GOEDGEKEURD, true),
                new Report(3, 2026, 3, "IKC 3", ReportStatus.CONCEPT, false));
        List<Staffing> staffing = List.of(
                new Staffing(1, StaffRole.JEUGDONDERSTEUNER, new BigDecimal("22"), new BigDecimal("20")),
                new Staffing(2, StaffRole.JEUGDONDERSTEUNER, new BigDecimal("22"), new BigDecimal("22")),
                new Staffing(2, StaffRole.PEDAGOOG_GGD, new BigDecimal("4"), null),
                new Staffing(3, StaffRole.PROCESBEGELEIDER, new BigDecimal("8"), new BigDecimal("8")));
        List<MonitoringFigures.Formatie> f = MonitoringCalculator.calculate(new MonitoringInput(2026, NAMES, List.of(),
                List.of(), reports, Set.of(), List.of(), List.of(), List.of(), staffing)).formatie();
        assertEquals(List.of("JEUGDONDERSTEUNER", "PEDAGOOG_GGD"), f.stream().map(MonitoringFigures.Formatie::rol).toList());
        assertEquals(2, f.get(0).aantalIkcs());
        assertEquals(eur("44"), f.get(0).afgesprokenUren());
        assertEquals(eur("42"), f.get(0).ingevuldeUren());
        assertEquals(eur("0"), f.get(1).ingevuldeUren());
    }

    @Test
    void aYearWithoutDataGivesZeros() {
        MonitoringFigures f = MonitoringCalculator.calculate(input(2030, List.of(), List.of()));
        assertEquals(eur("0"), f.totaal().toegekend());
        assertTrue(f.bedragenPerJaar().isEmpty());
        assertEquals(3, f.perCategorie().size());
        assertEquals(0, f.rapportages().teRapporteren());
        assertEquals(12, f.criteria().size());
        assertTrue(f.profielen().isEmpty());
    }
}
