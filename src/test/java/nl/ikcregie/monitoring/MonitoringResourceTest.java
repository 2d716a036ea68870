package nl.ikcregie.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.PdfText;
import nl.ikcregie.Sessions;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.report.AnnualReport;
import nl.ikcregie.report.ObligationStatus;
import nl.ikcregie.report.ReportIndicator;
import nl.ikcregie.report.ReportLevel;
import nl.ikcregie.report.ReportObligation;
import nl.ikcregie.report.ReportStaffing;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.report.Settlement;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class MonitoringResourceTest {

    static final String PLUS = "IKC Prins Maurits"; // PCBO e.o., Oud-Oost
    static final String REGULIER = "IKC Sint Ludger"; // Bisschop Möller Stichting, no area
    static final String KLEIN = "IKC De Wâlslach"; // Proloog, no area

    @Inject
    EntityManager em;

    /** A decided round of its own with three reports: settled, approved and submitted. */
    public static GrantedRounds.GrantedRound yearWithReports() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("100000", PLUS, REGULIER, KLEIN);
        QuarkusTransaction.requiringNew().run(() -> {
            AnnualReport settled = report(round, PLUS, ReportStatus.GOEDGEKEURD, "25000.00");
            settled.levels.add(level(1, IntegrationLevel.BACK_TO_BACK, IntegrationLevel.HAND_IN_HAND));
            settled.levels.add(level(2, IntegrationLevel.HAND_IN_HAND, IntegrationLevel.HAND_IN_HAND));
            settled.obligations.add(obligation(ObligationStatus.NAGEKOMEN));
            settled.obligations.add(obligation(ObligationStatus.NIET_NAGEKOMEN));
            ReportIndicator indicator = new ReportIndicator("Taal", "VVE-bereik <peuters> & ouders", "%",
                    new BigDecimal("60"), new BigDecimal("75"));
            indicator.realised = new BigDecimal("72");
            settled.indicators.add(indicator);
            ReportStaffing staffing = new ReportStaffing(StaffRole.JEUGDONDERSTEUNER, new BigDecimal("22"));
            staffing.hoursInPlace = new BigDecimal("18");
            settled.staffing.add(staffing);
            AnnualReport approved = report(round, REGULIER, ReportStatus.GOEDGEKEURD, "30000.00");
            approved.levels.add(level(1, IntegrationLevel.HAND_IN_HAND, IntegrationLevel.FACE_TO_FACE));
            approved.obligations.add(obligation(ObligationStatus.DEELS_NAGEKOMEN));
            report(round, KLEIN, ReportStatus.INGEDIEND, "10000.00");

            Settlement s = new Settlement();
            s.application = SubsidyApplication.findById(round.application(PLUS));
            s.decision = Decision.findById(round.decision(PLUS));
            s.report = settled;
            s.reference = "MON-" + round.id() + "-V";
            s.grantedAmount = new BigDecimal("30000.00");
            s.spentAmount = new BigDecimal("24000.00");
            s.finalAmount = new BigDecimal("24000.00");
            s.advancesPaid = new BigDecimal("30000.00");
            s.reclaimAmount = new BigDecimal("6000.00");
            s.paymentAmount = new BigDecimal("0.00");
            s.grounds = "Minder besteed dan toegekend.";
            s.settledOn = LocalDate.of(round.year() + 1, 5, 1);
            s.sentOn = s.settledOn;
            s.recordedBy = "projectleider";
            s.recordedAt = Instant.now();
            s.persist();
        });
        return round;
    }

    static AnnualReport report(GrantedRounds.GrantedRound round, String ikc, ReportStatus status, String spent) {
        SubsidyApplication application = SubsidyApplication.findById(round.application(ikc));
        AnnualReport r = new AnnualReport();
        r.ikc = application.ikc;
        r.schoolBoard = application.ikc.schoolBoard;
        r.application = application;
        r.year = round.year();
        r.status = status;
        r.dueOn = LocalDate.of(round.year() + 1, 4, 1);
        r.grantedAmount = new BigDecimal("30000.00");
        r.subsidySpent = new BigDecimal(spent);
        r.createdBy = "test";
        r.createdAt = Instant.now();
        r.updatedBy = "test";
        r.updatedAt = r.createdAt;
        r.persist();
        return r;
    }

    static ReportLevel level(int criterion, IntegrationLevel before, IntegrationLevel now) {
        ReportLevel level = new ReportLevel(criterion, before);
        level.level = now;
        return level;
    }

    static ReportObligation obligation(ObligationStatus status) {
        ReportObligation o = new ReportObligation("Een gezamenlijk ouderprogramma", LocalDate.of(2026, 12, 31));
        o.status = status;
        return o;
    }

    @Test
    void aFreshYearShowsExactlyTheExpectedNumbers() {
        GrantedRounds.GrantedRound round = yearWithReports();
        JsonPath json = Sessions.api("ontwikkelgroep").get("/api/v1/monitoring/" + round.year()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(round.year(), json.getInt("jaar"));
        assertEquals(90000.0, json.getDouble("totaal.toegekend"));
        assertEquals(54000.0, json.getDouble("totaal.besteed"), "settled 24,000 + approved 30,000; the submitted report not");
        assertEquals(24000.0, json.getDouble("totaal.vastgesteld"));
        assertEquals(6000.0, json.getDouble("totaal.teruggevorderd"));
        assertEquals(3, json.getInt("totaal.aantalIkcs"));
        Map<String, Object> lastYear = json.getMap("bedragenPerJaar.find { it.jaar == " + round.year() + " }");
        assertEquals(90000.0, ((Number) lastYear.get("toegekend")).doubleValue());
        assertEquals(54000.0, ((Number) lastYear.get("besteed")).doubleValue());

        assertEquals(30000.0, json.getDouble("perCategorie.find { it.code == 'PLUS' }.toegekend"));
        assertEquals(24000.0, json.getDouble("perCategorie.find { it.code == 'PLUS' }.besteed"));
        assertEquals(30000.0, json.getDouble("perCategorie.find { it.code == 'REGULIER' }.besteed"));
        assertEquals(0.0, json.getDouble("perCategorie.find { it.code == 'KLEINE_KERN' }.besteed"));
        assertEquals(30000.0, json.getDouble("perAandachtsgebied.find { it.naam == 'Oud-Oost' }.toegekend"));
        assertEquals(60000.0, json.getDouble("perAandachtsgebied.find { it.naam == 'Buiten aandachtsgebieden' }.toegekend"));
        assertEquals(30000.0, json.getDouble("perSchoolbestuur.find { it.naam == 'Bisschop Möller Stichting' }.besteed"));
        assertEquals(33.3, json.getDouble("aandeelAandachtsgebieden.percentage"));
        assertFalse(json.getBoolean("aandeelAandachtsgebieden.binnenBandbreedte"));
        assertEquals(70, json.getInt("aandeelAandachtsgebieden.ondergrens"));
        assertEquals(80, json.getInt("aandeelAandachtsgebieden.bovengrens"));

        assertEquals(Map.of("teRapporteren", 3, "nietGestart", 0, "concept", 0, "ingediend", 1, "wijzigingGevraagd", 0,
                "goedgekeurd", 1, "vastgesteld", 1, "meegeteld", 2), json.getMap("rapportages"));
        assertEquals(1, json.getInt("criteria[0].omhoog"));
        assertEquals(0, json.getInt("criteria[0].gelijk"));
        assertEquals(1, json.getInt("criteria[0].omlaag"));
        assertEquals(1, json.getInt("criteria[1].gelijk"));
        assertEquals(2.0, json.getDouble("criteria[0].gemiddeldVoor"));
        assertEquals(2.5, json.getDouble("criteria[0].gemiddeldNu"));
        assertEquals(List.of(PLUS, REGULIER), json.getList("profielen.ikcNaam"));
        assertEquals(3, json.getInt("profielen[0].niveaus[0].nuNummer"));
        assertEquals(Map.of("nagekomen", 1, "deelsNagekomen", 1, "nietNagekomen", 1, "nogOpen", 1),
                json.getMap("verplichtingen"), "the submitted report's obligation is still open");
        assertEquals(22.0, json.getDouble("formatie.find { it.rol == 'JEUGDONDERSTEUNER' }.afgesprokenUren"));
        assertEquals(18.0, json.getDouble("formatie.find { it.rol == 'JEUGDONDERSTEUNER' }.ingevuldeUren"));
        // approved reports with indicators up to this year: ours, and the demo's 2026 ones when this year is later
        assertEquals(((Number) em.createNativeQuery("select count(*) from annual_report r where r.status = 'GOEDGEKEURD' "
                + "and r.report_year <= ?1 and exists (select 1 from annual_report_indicator i where i.report_id = r.id)")
                .setParameter(1, round.year()).getSingleResult()).intValue(), json.getInt("indicatorRapportages"));
        assertEquals(72.0, json.getDouble("indicatoren.find { it.ikcNaam == '" + PLUS
                + "' && it.indicator == 'VVE-bereik <peuters> & ouders' }.metingen.find { it.jaar == " + round.year()
                + " }.gerealiseerd"));

        byte[] pdf = Sessions.api("ontwikkelgroep").accept("application/pdf").get("/api/v1/monitoring/" + round.year() + ".pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(pdf);
        assertTrue(text.contains("Monitoring Kansen voor Kinderen " + round.year()), text);
        assertTrue(text.contains("€ 90.000,00"), text);
        assertTrue(text.contains("€ 54.000,00"), text);
        assertTrue(text.contains("€ 6.000,00"), text);
        assertTrue(text.contains("Op basis van 2 van 3 rapportages"), text);
        assertTrue(text.contains("VVE-bereik <peuters> & ouders"), text);

        String session = Sessions.login("ontwikkelgroep");
        long plusIkc = json.getLong("profielen[0].ikcId");
        String page = Sessions.as(session).get("/monitoring/" + round.year() + "?ikc=" + plusIkc).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("role=\"img\""));
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ikc-chart\" role=\"img\" id=\"grafiek-categorie\""));
        for (String chart : List.of("grafiek-trend", "grafiek-aandachtsgebied", "grafiek-schoolbestuur", "grafiek-criteria",
                "grafiek-profiel", "grafiek-indicator-1")) {
            assertTrue(page.contains("id=\"" + chart + "\""), chart);
        }
        assertTrue(page.contains("<caption class=\"utrecht-table__caption\" id=\"categorie-titel\">"));
        assertTrue(page.contains("scope=\"row\">A. Plus-IKC</th>"));
        assertTrue(page.contains("€ 90.000,00".replace(' ', '\u00a0')) || page.contains("€ 90.000,00"));
        assertTrue(page.contains("VVE-bereik &lt;peuters&gt; &amp; ouders"), "escaped in table and chart");
        assertFalse(page.contains("<peuters>"));
        assertFalse(page.contains("style=\""), "the CSP forbids inline styles");
        assertTrue(page.contains("op basis van 2 van 3 rapportages"));
        assertTrue(page.contains("href=\"/api/v1/monitoring/" + round.year() + ".pdf\""));
    }

    @Test
    void theFiguresEqualIndependentSumsOverTheDecisions() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("100000", PLUS, REGULIER);
        for (int year : List.of(2026, round.year())) {
            JsonPath json = Sessions.api("projectleider").get("/api/v1/monitoring/" + year).then().statusCode(200).extract()
                    .jsonPath();
            Map<String, BigDecimal> category = sums("i.category", year);
            Map<String, BigDecimal> area = sums("coalesce(p.name, 'Buiten aandachtsgebieden')", year);
            Map<String, BigDecimal> board = sums("o.name", year);
            assertFalse(category.isEmpty(), "year " + year + " has grants");
            category.forEach((code, sum) -> assertEquals(0, sum.compareTo(new BigDecimal(
                    json.getString("perCategorie.find { it.code == '" + code + "' }.toegekend"))), code));
            area.forEach((name, sum) -> assertEquals(0, sum.compareTo(new BigDecimal(
                    json.getString("perAandachtsgebied.find { it.naam == '" + name + "' }.toegekend"))), name));
            assertEquals(board.size(), json.getList("perSchoolbestuur").size());
            board.forEach((name, sum) -> assertEquals(0, sum.compareTo(new BigDecimal(
                    json.getString("perSchoolbestuur.find { it.naam == '" + name + "' }.toegekend"))), name));
            BigDecimal total = category.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal outside = area.getOrDefault("Buiten aandachtsgebieden", BigDecimal.ZERO);
            BigDecimal share = total.subtract(outside).multiply(new BigDecimal("100")).divide(total, 1, RoundingMode.HALF_UP);
            assertEquals(0, total.compareTo(new BigDecimal(json.getString("totaal.toegekend"))));
            assertEquals(0, share.compareTo(new BigDecimal(json.getString("aandeelAandachtsgebieden.percentage"))));
            boolean inBand = share.compareTo(new BigDecimal("70")) >= 0 && share.compareTo(new BigDecimal("80")) <= 0;
            assertEquals(inBand, json.getBoolean("aandeelAandachtsgebieden.binnenBandbreedte"));
        }
    }

    /** Granted per group, straight from the tables with SQL (not through the calculator). */
    @SuppressWarnings("unchecked")
    Map<String, BigDecimal> sums(String group, int year) {
        List<Object[]> rows = em.createNativeQuery("select " + group + ", sum(d.granted_amount) from decision d "
                + "join subsidy_application a on a.id = d.application_id join subsidy_round r on r.id = a.round_id "
                + "join ikc i on i.id = a.ikc_id join organisation o on o.id = i.school_board_id "
                + "left join priority_area p on p.id = i.priority_area_id "
                + "where d.is_current = true and d.outcome in ('TOEGEKEND', 'DEELS_TOEGEKEND') and r.year = ?1 "
                + "group by " + group).setParameter(1, year).getResultList();
        Map<String, BigDecimal> sums = new HashMap<>();
        rows.forEach(r -> sums.put(String.valueOf(r[0]), (BigDecimal) r[1]));
        return sums;
    }

    @Test
    void thePdfIsAlsoARepresentationOfTheYearAndJsonStaysTheDefault() {
        io.restassured.RestAssured.given().auth().preemptive().basic("ontwikkelgroep", "demo").accept("*/*")
                .get("/api/v1/monitoring/2026").then().statusCode(200).contentType("application/json");
        byte[] pdf = io.restassured.RestAssured.given().auth().preemptive().basic("ontwikkelgroep", "demo")
                .accept("application/pdf").get("/api/v1/monitoring/2026").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(PdfText.of(pdf).contains("Monitoring Kansen voor Kinderen 2026"));
        String openapi = io.restassured.RestAssured.get("/api/v1/openapi.json").asString();
        assertFalse(openapi.contains("\"/monitoring/{jaar}.pdf\""), "the .pdf address is left out of the OpenAPI document");
    }

    @Test
    void aYearWithoutDataIsZeroAndAYearOutsideIsNotFound() {
        Sessions.api("bestuurder").get("/api/v1/monitoring/2000").then().statusCode(200)
                .body("totaal.toegekend", equalTo(0.0f)).body("totaal.besteed", equalTo(0.0f)).body("bedragenPerJaar", hasSize(0))
                .body("rapportages.teRapporteren", equalTo(0)).body("perCategorie", hasSize(3));
        for (String year : List.of("1999", "2200", "12345")) {
            Sessions.api("beheerder").get("/api/v1/monitoring/" + year).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        Sessions.api("beheerder").accept("application/pdf").get("/api/v1/monitoring/1999.pdf").then().statusCode(404);
        Sessions.api("beheerder").accept("application/pdf").get("/api/v1/monitoring/2000.pdf").then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void onlyTheProgrammesRolesMayRead() {
        for (String user : List.of("aanvrager-proloog", "commissie-pcbo")) {
            Sessions.api(user).get("/api/v1/monitoring/2026").then().statusCode(403);
            Sessions.api(user).accept("application/pdf").get("/api/v1/monitoring/2026.pdf").then().statusCode(403);
            Sessions.as(Sessions.login(user)).get("/monitoring/2026").then().statusCode(403);
            Sessions.as(Sessions.login(user)).get("/monitoring").then().statusCode(403);
        }
        given().accept("application/json").get("/api/v1/monitoring/2026").then().statusCode(401);
        given().get("/api/v1/monitoring/2026.pdf").then().statusCode(401);
        for (String user : List.of("ontwikkelgroep", "projectleider", "bestuurder", "beheerder")) {
            Sessions.api(user).get("/api/v1/monitoring/2026").then().statusCode(200);
        }
    }

    @Test
    void pagesRedirectToTheLatestYearAndAreInTheMenu() {
        String session = Sessions.login("ontwikkelgroep");
        Sessions.as(session).get("/monitoring").then().statusCode(303)
                .header("Location", containsString("/monitoring/2026"));
        String page = Sessions.as(session).get("/monitoring/2026").then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/monitoring\" aria-current=\"true\">Monitoring</a>"));
        assertTrue(page.contains("href=\"/monitoring/2025\""), "the year selector");
        assertTrue(page.contains("<svg"));
        String start = Sessions.as(session).get("/ontwikkelgroep").then().statusCode(200).extract().asString();
        assertTrue(start.contains("href=\"/monitoring\">Het monitoringsrapport"));
        String aanvrager = Sessions.as(Sessions.login("aanvrager-proloog")).get("/aanvrager").then().statusCode(200)
                .extract().asString();
        assertFalse(aanvrager.contains("href=\"/monitoring\""));
    }
}
