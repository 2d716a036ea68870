package nl.ikcregie.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.agreement.AgreementGoal;
import nl.ikcregie.agreement.AgreementIndicator;
import nl.ikcregie.agreement.ResultAgreement;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.report.AnnualReport;
import nl.ikcregie.report.ReportIndicator;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.report.Settlement;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The exports answer real spreadsheets whose cells hold what the JSON API holds, to the right roles only. */
@QuarkusTest
class ExportResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Basic auth without asking for JSON: a download is what a browser or script asks for here. */
    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, "demo");
    }

    @Test
    void theRoundsXlsxHoldsTheApplicationsAndDecisionsAsTypedCells() throws IOException {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp", "IKC Sint Jozef");
        long settled = round.application("IKC De Terp");
        settle(settled, round.decision("IKC De Terp"), round.year(), "24000.00", "6000.00");
        QuarkusTransaction.requiringNew().run(() -> {
            Decision decision = Decision.findById(round.decision("IKC Sint Jozef"));
            decision.obligations.get(0).description = "=HYPERLINK(\"http://example.org\";\"klik\")";
        });

        Response response = as("projectleider").get("/api/v1/subsidierondes/" + round.id() + "/export.xlsx");
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"subsidieronde-" + round.year() + ".xlsx\"");
        List<Map<String, Object>> applications = Sessions.api("projectleider")
                .get("/api/v1/aanvragen?subsidierondeId=" + round.id()).then().statusCode(200).extract().jsonPath()
                .getList("$");
        List<Map<String, Object>> decisions = Sessions.api("projectleider")
                .get("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(200).extract().jsonPath()
                .getList("$");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.asByteArray()),
                new ReadingOptions(true, false))) {
            assertEquals(List.of("Aanvragen", "Besluiten", "Inspanningsverplichtingen"),
                    workbook.getSheets().map(Sheet::getName).toList());
            List<Row> rows = workbook.findSheet("Aanvragen").orElseThrow().read();
            Map<String, Integer> column = header(rows.get(0));
            assertEquals(applications.size() + 1, rows.size());
            assertEquals(2, applications.size());
            for (Map<String, Object> application : applications) {
                Row row = rows.stream().skip(1)
                        .filter(r -> application.get("kenmerk").equals(r.getCell(column.get("Kenmerk")).asString()))
                        .findFirst().orElseThrow();
                assertEquals(application.get("ikcNaam"), row.getCell(column.get("IKC")).asString());
                assertMoney(application.get("aangevraagdBedrag"), row.getCell(column.get("Aangevraagd bedrag")));
                Map<String, Object> decision = decisions.stream()
                        .filter(d -> d.get("aanvraagId").equals(application.get("id"))).findFirst().orElseThrow();
                assertMoney(decision.get("toegekendBedrag"), row.getCell(column.get("Toegekend bedrag")));
                assertMoney(decision.get("geadviseerdBedrag"), row.getCell(column.get("Geadviseerd bedrag")));
                assertEquals("Toegekend", row.getCell(column.get("Besluit")).asString());
                assertDate(LocalDate.parse((String) decision.get("besluitdatum")), row.getCell(column.get("Besluitdatum")));
                assertDate(LocalDate.parse((String) application.get("beslistermijn")),
                        row.getCell(column.get("Beslistermijn")));
                Cell submitted = row.getCell(column.get("Ingediend op"));
                assertEquals(CellType.NUMBER, submitted.getType());
                assertEquals(OffsetDateTime.parse((String) application.get("ingediendOp"))
                        .atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDateTime().withSecond(0).withNano(0),
                        submitted.asDate().withSecond(0).withNano(0));
                boolean isSettled = ((Number) application.get("id")).longValue() == settled;
                if (isSettled) {
                    assertMoney("24000.00", row.getCell(column.get("Vastgesteld bedrag")));
                    assertMoney("6000.00", row.getCell(column.get("Terug te vorderen")));
                } else {
                    assertTrue(row.getOptionalCell(column.get("Vastgesteld bedrag"))
                            .map(c -> c.getType() == CellType.EMPTY).orElse(true));
                }
            }

            List<Row> decided = workbook.findSheet("Besluiten").orElseThrow().read();
            assertEquals(decisions.size() + 1, decided.size());
            Map<String, Integer> decisionColumn = header(decided.get(0));
            assertEquals(CellType.NUMBER, decided.get(1).getCell(decisionColumn.get("Toegekend bedrag")).getType());
            assertEquals("ja", decided.get(1).getCell(decisionColumn.get("Geldend")).asString());

            List<Row> obligations = workbook.findSheet("Inspanningsverplichtingen").orElseThrow().read();
            assertEquals(3, obligations.size());
            Cell injected = obligations.stream().skip(1).map(r -> r.getCell(header(obligations.get(0)).get("Omschrijving")))
                    .filter(c -> c.asString().startsWith("=")).findFirst().orElseThrow();
            assertEquals(CellType.STRING, injected.getType());
            assertNull(injected.getFormula());
            assertDate(nl.ikcregie.GrantedRounds.obligationDue(round.year()), obligations.get(1).getCell(header(obligations.get(0)).get("Deadline")));
        }
    }

    @Test
    void theRoundsCsvHasARowPerApplicationWithTheSameAmounts() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp", "IKC Sint Jozef");
        Response response = as("bestuurder").get("/api/v1/subsidierondes/" + round.id() + "/export.csv");
        response.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"subsidieronde-" + round.year() + ".csv\"");
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals("Kenmerk", header.get(1));
        assertEquals(3, rows.size());
        List<Map<String, Object>> decisions = Sessions.api("bestuurder")
                .get("/api/v1/subsidierondes/" + round.id() + "/besluiten").jsonPath().getList("$");
        BigDecimal granted = BigDecimal.ZERO;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size());
            long id = Long.parseLong(row.get(header.indexOf("Aanvraag-id")));
            Map<String, Object> decision = decisions.stream()
                    .filter(d -> ((Number) d.get("aanvraagId")).longValue() == id).findFirst().orElseThrow();
            BigDecimal amount = new BigDecimal(row.get(header.indexOf("Toegekend bedrag")));
            assertEquals(0, new BigDecimal(decision.get("toegekendBedrag").toString()).compareTo(amount));
            assertEquals(decision.get("besluitdatum"), row.get(header.indexOf("Besluitdatum")));
            assertEquals("30000.00", row.get(header.indexOf("Aangevraagd bedrag")));
            granted = granted.add(amount);
        }
        assertEquals(0, new BigDecimal("60000").compareTo(granted));

        // the decisions as CSV too: one row per decision, the same amounts; an unknown table is a 400 naming it
        Response besluiten = as("projectleider").get("/api/v1/subsidierondes/" + round.id() + "/export.csv?tabel=besluiten");
        besluiten.then().statusCode(200).header("Content-Disposition",
                "attachment; filename=\"subsidieronde-" + round.year() + "-besluiten.csv\"");
        byte[] decisionBytes = besluiten.asByteArray();
        List<List<String>> decisionRows = parseCsv(new String(decisionBytes, 3, decisionBytes.length - 3,
                StandardCharsets.UTF_8));
        assertEquals(decisions.size() + 1, decisionRows.size());
        assertEquals("Besluit-id", decisionRows.get(0).get(0));
        as("projectleider").get("/api/v1/subsidierondes/" + round.id() + "/export.csv?tabel=budget").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("tabel"));
    }

    @Test
    void onlyTheMunicipalRolesThatReadDecisionsMayExportARound() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp");
        String base = "/api/v1/subsidierondes/" + round.id();
        for (String path : List.of("/export.xlsx", "/export.csv")) {
            given().get(base + path).then().statusCode(401);
            as("aanvrager-proloog").get(base + path).then().statusCode(403);
            as("commissie-bms").get(base + path).then().statusCode(403);
            as("ontwikkelgroep").get(base + path).then().statusCode(403);
            as("beheerder").get(base + path).then().statusCode(403);
            as("projectleider").get("/api/v1/subsidierondes/999999" + path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void theOtherRoundEndpointsStillAnswerBesideTheExports() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp");
        String base = "/api/v1/subsidierondes/" + round.id();
        Sessions.api("projectleider").get(base).then().statusCode(200).body("id", equalTo((int) round.id()));
        Sessions.api("projectleider").get(base + "/advies").then().statusCode(200);
        as("projectleider").get(base + "/advies.pdf").then().statusCode(200).contentType("application/pdf");
        Sessions.api("projectleider").get(base + "/besluiten").then().statusCode(200);
        Sessions.api("projectleider").get(base + "/overzicht").then().statusCode(200);
        Sessions.api("projectleider").get("/api/v1/subsidierondes").then().statusCode(200);
        long agreement = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath().getLong("[0].id");
        Sessions.api("projectleider").get("/api/v1/resultaatafspraken/" + agreement).then().statusCode(200)
                .body("id", equalTo((int) agreement));
    }

    @Test
    void theContributionsExportHoldsEveryAgreedContribution() throws IOException {
        JsonPath list = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath();
        BigDecimal expected = BigDecimal.ZERO;
        int lines = 0;
        for (Map<String, Object> agreement : list.<Map<String, Object>>getList("$")) {
            if (agreement.get("akkoordVersie") == null) {
                continue;
            }
            List<Map<String, Object>> contributions = Sessions.api("projectleider")
                    .get("/api/v1/resultaatafspraken/" + agreement.get("id") + "/versies/" + agreement.get("akkoordVersie"))
                    .jsonPath().getList("inhoud.bijdragen");
            for (Map<String, Object> c : contributions) {
                expected = expected.add(new BigDecimal(c.get("bedrag").toString()));
                lines++;
            }
        }
        assertTrue(lines > 0, "the demo has agreed contributions");

        Response xlsx = as("ontwikkelgroep").get("/api/v1/resultaatafspraken/bijdragen.xlsx");
        xlsx.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("resultaatafspraken-bijdragen.xlsx"));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int amount = header(rows.get(0)).get("Bedrag");
            int year = header(rows.get(0)).get("Jaar");
            assertEquals(lines + 1, rows.size());
            BigDecimal total = BigDecimal.ZERO;
            for (Row row : rows.subList(1, rows.size())) {
                assertEquals(CellType.NUMBER, row.getCell(amount).getType());
                assertEquals(CellType.NUMBER, row.getCell(year).getType());
                total = total.add(row.getCell(amount).asNumber());
            }
            assertEquals(0, expected.compareTo(total));
        }

        String csv = as("projectleider").get("/api/v1/resultaatafspraken/bijdragen.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertEquals(lines + 1, rows.size());
        int amount = rows.get(0).indexOf("Bedrag");
        assertEquals(0, expected.compareTo(rows.stream().skip(1).map(r -> new BigDecimal(r.get(amount)))
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void theIndicatorsExportShowsTargetsAndWhatAnApprovedReportRealised() throws IOException {
        // an approved report in the agreement's last year, with a realised value for its first indicator
        Object[] target = QuarkusTransaction.requiringNew().call(() -> {
            ResultAgreement agreement = ResultAgreement.listAll().stream().filter(a -> a.latestAgreed().isPresent())
                    .findFirst().orElseThrow();
            AgreementGoal goal = agreement.latestAgreed().get().goals.get(0);
            AgreementIndicator indicator = goal.indicators.get(0);
            int year = indicator.targets.keySet().stream().max(Integer::compare).orElseThrow();
            AnnualReport report = AnnualReport.findFor(agreement.ikc.id, year).orElseGet(() -> report(agreement, year));
            report.status = ReportStatus.GOEDGEKEURD;
            report.indicators.removeIf(i -> i.goalTitle.equals(goal.title) && i.name.equals(indicator.name));
            ReportIndicator realised = new ReportIndicator(goal.title, indicator.name, indicator.unit,
                    indicator.baseline, indicator.targets.get(year));
            realised.realised = new BigDecimal("42.50");
            report.indicators.add(realised);
            return new Object[] { agreement.ikc.name, goal.title, indicator.name, year, indicator.targets.get(year) };
        });

        Response xlsx = as("bestuurder").get("/api/v1/resultaatafspraken/indicatoren.xlsx");
        xlsx.then().statusCode(200).contentType(XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Map<String, Integer> column = header(rows.get(0));
            Row row = rows.stream().skip(1)
                    .filter(r -> target[0].equals(r.getCell(column.get("IKC")).asString())
                            && target[1].equals(r.getCell(column.get("Doel")).asString())
                            && target[2].equals(r.getCell(column.get("Indicator")).asString())
                            && r.getCell(column.get("Jaar")).asNumber().intValue() == (int) target[3])
                    .findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, row.getCell(column.get("Streefwaarde")).getType());
            assertEquals(0, ((BigDecimal) target[4]).compareTo(row.getCell(column.get("Streefwaarde")).asNumber()));
            assertEquals(0, new BigDecimal("42.50").compareTo(row.getCell(column.get("Gerealiseerd")).asNumber()));
            assertEquals("Goedgekeurd", row.getCell(column.get("Rapportagestatus")).asString());
        }
        String csv = as("projectleider").get("/api/v1/resultaatafspraken/indicatoren.csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(";42.50;Goedgekeurd\r\n"), "the realised value in the CSV");
    }

    @Test
    void agreementExportsAreForTheProgrammeNotForApplicantsOrTheCommissie() {
        for (String path : List.of("bijdragen.xlsx", "bijdragen.csv", "indicatoren.xlsx", "indicatoren.csv")) {
            String url = "/api/v1/resultaatafspraken/" + path;
            given().get(url).then().statusCode(401);
            as("aanvrager-proloog").get(url).then().statusCode(403);
            as("commissie-pcbo").get(url).then().statusCode(403);
            as("beheerder").get(url).then().statusCode(403);
        }
    }

    @Test
    void thePagesOfferTheExportsOnlyToWhoMayUseThem() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp");
        Sessions.as(Sessions.login("projectleider")).get("/rondes/" + round.id()).then().statusCode(200)
                .body(containsString("/api/v1/subsidierondes/" + round.id() + "/export.xlsx"))
                .body(containsString("/api/v1/subsidierondes/" + round.id() + "/export.csv"));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/rondes/" + round.id()).then().statusCode(200)
                .body(not(containsString("export.xlsx")));
        Sessions.as(Sessions.login("projectleider")).get("/resultaatafspraken").then().statusCode(200)
                .body(containsString("/api/v1/resultaatafspraken/bijdragen.xlsx"))
                .body(containsString("/api/v1/resultaatafspraken/indicatoren.csv"));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/resultaatafspraken").then().statusCode(200)
                .body(not(containsString("bijdragen.xlsx")));
    }

    @Test
    void theYearlyReportsOfAYearWithTheirMoney() throws IOException {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp");
        settle(round.application("IKC De Terp"), round.decision("IKC De Terp"), round.year(), "24000.00", "6000.00");
        Response xlsx = as("projectleider").get("/api/v1/jaarrapportages/export.xlsx?jaar=" + round.year());
        xlsx.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"jaarrapportages-" + round.year() + ".xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Map<String, Integer> column = header(rows.get(0));
            assertEquals(2, rows.size());
            Row row = rows.get(1);
            assertEquals("IKC De Terp", row.getCell(column.get("IKC")).asString());
            assertEquals("Goedgekeurd", row.getCell(column.get("Status")).asString());
            assertMoney("30000.00", row.getCell(column.get("Toegekend")));
            assertMoney("24000.00", row.getCell(column.get("Vastgesteld")));
            assertMoney("6000.00", row.getCell(column.get("Terug te vorderen")));
            assertDate(LocalDate.of(round.year() + 1, 4, 1), row.getCell(column.get("Uiterlijk op")));
        }
        String csv = as("bestuurder").get("/api/v1/jaarrapportages/export.csv?jaar=" + round.year()).then()
                .statusCode(200).extract().asString();
        List<List<String>> rows = parseCsv(csv.substring(1));
        assertEquals(2, rows.size());
        assertEquals("24000.00", rows.get(1).get(rows.get(0).indexOf("Vastgesteld")));

        as("projectleider").get("/api/v1/jaarrapportages/export.xlsx").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("jaar"));
        as("projectleider").get("/api/v1/jaarrapportages/export.csv?jaar=twintig").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("jaar"));
        given().get("/api/v1/jaarrapportages/export.csv?jaar=2026").then().statusCode(401);
        for (String user : List.of("aanvrager-proloog", "commissie-bms", "ontwikkelgroep", "beheerder")) {
            as(user).get("/api/v1/jaarrapportages/export.xlsx?jaar=2026").then().statusCode(403);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static AnnualReport report(ResultAgreement agreement, int year) {
        AnnualReport report = new AnnualReport();
        report.ikc = agreement.ikc;
        report.year = year;
        report.schoolBoard = agreement.schoolBoard;
        report.agreement = agreement;
        report.agreementVersion = agreement.latestAgreed().orElseThrow().number;
        report.dueOn = LocalDate.of(year + 1, 4, 1);
        report.createdBy = "test";
        report.createdAt = Instant.now();
        report.updatedBy = "test";
        report.updatedAt = Instant.now();
        report.persist();
        return report;
    }

    /** A settlement recorded directly (the settlement workflow is another feature's). */
    private static void settle(long applicationId, long decisionId, int year, String finalAmount, String reclaim) {
        QuarkusTransaction.requiringNew().run(() -> {
            SubsidyApplication application = SubsidyApplication.findById(applicationId);
            Decision decision = Decision.findById(decisionId);
            AnnualReport report = new AnnualReport();
            report.ikc = application.ikc;
            report.year = year;
            report.schoolBoard = application.ikc.schoolBoard;
            report.application = application;
            report.status = ReportStatus.GOEDGEKEURD;
            report.dueOn = LocalDate.of(year + 1, 4, 1);
            report.grantedAmount = decision.grantedAmount;
            report.subsidySpent = new BigDecimal(finalAmount);
            report.createdBy = "test";
            report.createdAt = Instant.now();
            report.updatedBy = "test";
            report.updatedAt = Instant.now();
            report.persist();
            Settlement settlement = new Settlement();
            settlement.application = application;
            settlement.decision = decision;
            settlement.report = report;
            settlement.reference = application.reference + "-V";
            settlement.grantedAmount = decision.grantedAmount;
            settlement.spentAmount = new BigDecimal(finalAmount);
            settlement.finalAmount = new BigDecimal(finalAmount);
            settlement.advancesPaid = decision.grantedAmount;
            settlement.reclaimAmount = new BigDecimal(reclaim);
            settlement.paymentAmount = BigDecimal.ZERO.setScale(2);
            settlement.grounds = "Minder besteed dan toegekend.";
            settlement.settledOn = LocalDate.of(year + 1, 5, 1);
            settlement.sentOn = LocalDate.of(year + 1, 5, 1);
            settlement.recordedBy = "test";
            settlement.recordedAt = Instant.now();
            settlement.persist();
        });
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            columns.put(row.getCell(c).asString(), c);
        }
        return columns;
    }

    private static void assertMoney(Object expected, Cell cell) {
        assertNotNull(cell);
        assertEquals(CellType.NUMBER, cell.getType());
        assertEquals("#,##0.00", cell.getDataFormatString());
        assertEquals(0, new BigDecimal(expected.toString()).compareTo(cell.asNumber()), expected + " vs " + cell);
    }

    private static void assertDate(LocalDate expected, Cell cell) {
        assertNotNull(cell);
        assertEquals(CellType.NUMBER, cell.getType());
        assertEquals("dd-mm-yyyy", cell.getDataFormatString());
        assertEquals(expected.atStartOfDay(), cell.asDate());
    }

    /** A minimal RFC 4180 reader: semicolons, quoted fields with doubled quotes and line breaks, CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        assertFalse(quoted, "every quote is closed");
        assertEquals(0, field.length() + row.size(), "the last line ends with CRLF");
        return rows;
    }
}
