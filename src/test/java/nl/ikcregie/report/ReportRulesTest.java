package nl.ikcregie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ikcregie.agreement.AgreementContent;
import nl.ikcregie.agreement.FundingSource;
import nl.ikcregie.agreement.Party;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.shared.IllegalTransitionException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of the yearly report, without Quarkus: who must report, the Plan from an agreement, completeness, transitions. */
class ReportRulesTest {

    @Test
    void aGrantOrAPredicateValidInTheYearMakesAnIkcReportOnce() {
        List<ReportingDuty> duties = ReportingDuty.of(2026,
                List.of(new ReportingDuty.Grant(1, 10, 100, LocalDate.of(2027, 5, 1)),
                        new ReportingDuty.Grant(2, 20, 200, null)),
                List.of(new ReportingDuty.Predicate(2, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)),
                        new ReportingDuty.Predicate(3, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)),
                        new ReportingDuty.Predicate(4, LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31)),
                        new ReportingDuty.Predicate(5, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 3, 31))));
        assertEquals(List.of(1L, 2L, 3L, 5L), duties.stream().map(ReportingDuty::ikcId).toList());
        ReportingDuty granted = duties.get(0);
        assertEquals(LocalDate.of(2027, 5, 1), granted.dueOn(), "the grant's own settlement term");
        assertTrue(granted.subsidised());
        assertFalse(granted.plus());
        ReportingDuty both = duties.get(1);
        assertTrue(both.subsidised() && both.plus());
        assertEquals(LocalDate.of(2027, 4, 1), both.dueOn(), "the default term: 1 April after the year");
        assertNull(duties.get(2).applicationId());
        assertTrue(ReportingDuty.of(2026, List.of(), List.of()).isEmpty());
    }

    @Test
    void thePlanHoldsTheTargetsContributionsAndStaffingOfTheReportsYear() {
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>(Map.of(2026, new BigDecimal("80.00"), 2027,
                new BigDecimal("83.00")));
        AgreementContent content = new AgreementContent(
                List.of(new AgreementContent.Goal("Taal", null, List.of(new AgreementContent.Indicator("VVE-bereik", "%",
                        new BigDecimal("70.00"), targets)))),
                List.of(new AgreementContent.Contribution(Party.GEMEENTE, FundingSource.OAB, 2027, new BigDecimal("100.00")),
                        new AgreementContent.Contribution(Party.GEMEENTE, FundingSource.VVE, 2027, new BigDecimal("50.00")),
                        new AgreementContent.Contribution(Party.GEMEENTE, FundingSource.OAB, 2026, new BigDecimal("999.00")),
                        new AgreementContent.Contribution(Party.ONDERWIJSKOEPEL, FundingSource.LUMPSUM, 2027,
                                new BigDecimal("20.00"))),
                List.of(new AgreementContent.Staffing(StaffRole.JEUGDONDERSTEUNER, new BigDecimal("22.00"), Party.GEMEENTE,
                        FundingSource.OAB, 2021, 2028, null),
                        new AgreementContent.Staffing(StaffRole.PEDAGOOG_GGD, new BigDecimal("4.00"), Party.GEMEENTE,
                                FundingSource.OAB, 2021, 2026, null)),
                new AgreementContent.Texts(null, null, null, null));
        AnnualReport report = new AnnualReport();
        ReportService.fillFromAgreement(report, content, 2027);
        assertEquals(1, report.indicators.size());
        assertEquals(new BigDecimal("83.00"), report.indicators.get(0).target);
        assertEquals(new BigDecimal("70.00"), report.indicators.get(0).baseline);
        assertEquals(List.of(Party.GEMEENTE, Party.ONDERWIJSKOEPEL), report.spending.stream().map(s -> s.party).toList());
        assertEquals(new BigDecimal("150.00"), report.spending.get(0).agreed);
        assertEquals(List.of(StaffRole.JEUGDONDERSTEUNER), report.staffing.stream().map(s -> s.role).toList());
    }

    @Test
    void aReportIsCompleteOnlyWithEveryPartFilledInAndNamesEveryGap() {
        AnnualReport report = subsidisedReport();
        InputRules rules = new InputRules();
        ReportCompleteness.check(report, rules);
        List<String> missing = names(rules);
        assertEquals(List.of("uitvoering.tekst", "check.indicatoren[0].gerealiseerd", "check.subsidieBesteed",
                "check.bestedingPerPartij[0].besteed", "check.zelfevaluatie[0].niveau",
                "check.inspanningsverplichtingen[0].status", "check.formatie[0].urenIngevuld", "act.tekst"), missing);

        report.doneText = "Gedaan";
        report.actText = "Anders";
        report.indicators.get(0).realised = BigDecimal.ONE;
        report.subsidySpent = new BigDecimal("100.00");
        report.spending.get(0).spent = BigDecimal.TEN;
        report.levels.get(0).level = IntegrationLevel.INTEGRAAL;
        report.obligations.get(0).status = ObligationStatus.NIET_NAGEKOMEN;
        report.staffing.get(0).hoursInPlace = BigDecimal.ZERO;
        InputRules second = new InputRules();
        ReportCompleteness.check(report, second);
        assertEquals(List.of("check.toelichtingBesteding", "check.inspanningsverplichtingen[0].toelichting"),
                names(second));
    }

    @Test
    void theInputIsAppliedPartlyAndBadValuesAreNamed() {
        AnnualReport report = subsidisedReport();
        RapportageInvoer in = new RapportageInvoer();
        in.uitvoering.tekst = "Gedaan";
        RapportageInvoer.Indicator row = new RapportageInvoer.Indicator();
        row.gerealiseerd = "82,5";
        in.check.indicatoren.add(row);
        RapportageInvoer.Formatie hours = new RapportageInvoer.Formatie();
        hours.urenIngevuld = "200";
        in.check.formatie.add(hours);
        RapportageInvoer.Niveau level = new RapportageInvoer.Niveau();
        level.criterium = "13";
        level.niveau = "INTEGRAAL";
        in.check.zelfevaluatie.add(level);
        InputRules rules = new InputRules();
        List<String> parts = ReportInput.apply(report, in, rules);
        assertEquals(List.of("Do", "Check"), parts);
        assertEquals(new BigDecimal("82.50"), report.indicators.get(0).realised);
        assertEquals(List.of("check.zelfevaluatie[0]", "check.formatie[0].urenIngevuld"), names(rules));
        assertNull(report.actText, "untouched");
    }

    @Test
    void theStatusMovesOnlyAlongItsTable() {
        AnnualReport report = subsidisedReport();
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        assertThrows(IllegalTransitionException.class, () -> report.approve(null, "pl", at));
        assertThrows(IllegalTransitionException.class, () -> report.requestChanges("x", "pl", at));
        report.submit("board", at);
        assertEquals(ReportStatus.INGEDIEND, report.status);
        assertThrows(IllegalTransitionException.class, report::requireEditable);
        assertThrows(IllegalTransitionException.class, () -> report.submit("board", at));
        report.requestChanges("Meer uitleg", "pl", at);
        assertEquals(ReportStatus.WIJZIGING_GEVRAAGD, report.status);
        report.requireEditable();
        report.submit("board", at);
        report.approve("Goed", "pl", at);
        assertEquals(ReportStatus.GOEDGEKEURD, report.status);
        assertEquals("Goed", report.reviewNote);
        assertThrows(IllegalTransitionException.class, () -> report.submit("board", at));
    }

    private static AnnualReport subsidisedReport() {
        AnnualReport report = new AnnualReport();
        report.ikc = new Ikc();
        report.ikc.name = "IKC Test";
        report.year = 2026;
        report.application = new SubsidyApplication();
        report.grantedAmount = new BigDecimal("150.00");
        report.indicators.add(new ReportIndicator("Taal", "VVE-bereik", "%", BigDecimal.ONE, BigDecimal.TEN));
        report.spending.add(new ReportSpending(Party.GEMEENTE, BigDecimal.TEN));
        report.levels.add(new ReportLevel(1, IntegrationLevel.FACE_TO_FACE));
        report.obligations.add(new ReportObligation("Ouderprogramma", LocalDate.of(2026, 12, 31)));
        report.staffing.add(new ReportStaffing(StaffRole.PEDAGOOG_GGD, new BigDecimal("4.00")));
        return report;
    }

    private static List<String> names(InputRules rules) {
        try {
            rules.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(f -> f.name()).toList();
        }
    }
}
