package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Rounds;
import nl.ikcregie.assessment.AssessmentFixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Runs axe-core on every kind of page, signed in as the role that uses it, and requires zero
 * violations of WCAG 2.1 level A and AA (the rules axe can decide automatically), at 1280 and at 320
 * CSS pixels wide. Each page is also checked for reflow (WCAG 1.4.10) at 1280, at 640 (a 1280 pixel
 * window at 200% zoom, WCAG 1.4.4), at 375 and at 320 pixels: the page itself never scrolls sideways and
 * nothing visible is cut off. A form sent with errors must put the focus on its error summary, whose
 * links lead to fields that name their own error. Each kind of page is saved once per width as a
 * full-page PNG, {@code target/screenshots/<page type>-<width>.png} (another directory with
 * {@code -Da11y.screenshots=DIR}), kept as a test artefact.
 */
@QuarkusTest
class AccessibilityTest extends BrowserJourney {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A 1280 pixel wide window at 200% zoom lays the page out in 640 CSS pixels (and 720 / 2 high). */
    static final int ZOOM_200 = 640;

    /** Desktop, 200% zoom, a phone, and the narrowest width WCAG 1.4.10 asks content to reflow to. */
    static final List<Integer> WIDTHS = List.of(1280, ZOOM_200, 375, 320);

    static final Path SCREENSHOTS = Path.of(System.getProperty("a11y.screenshots", "target/screenshots"));

    /** The page types saved so far in this run: one set of screenshots per page type. */
    private static final Set<String> SCREENSHOTTED = ConcurrentHashMap.newKeySet();

    private static final Map<String, String> START_PAGES = new LinkedHashMap<>();

    static {
        START_PAGES.put("beheerder", "/beheer");
        START_PAGES.put("projectleider", "/projectleider");
        START_PAGES.put("aanvrager-proloog", "/aanvrager");
        START_PAGES.put("commissie-pcbo", "/commissie");
        START_PAGES.put("bestuurder", "/college");
        START_PAGES.put("ontwikkelgroep", "/ontwikkelgroep");
    }

    @Test
    void pagesWithoutSigningIn() {
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "anoniem");
            audit.open("/login", 200);
            page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill("projectleider");
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("fout");
            audit.sendWithErrors(button(page, "Aanmelden"), "login-fout");
            audit.open("/toegankelijkheid", 200);
            audit.open("/geen-rol", 200);
            audit.open("/bestaat-niet", 404, "niet-gevonden-anoniem");
            audit.assertClean();
        }
    }

    @Test
    void startPageOfEveryRole() {
        List<String> findings = new ArrayList<>();
        START_PAGES.forEach((user, path) -> {
            try (Browser.Visit visit = browser.visit(base)) {
                Audit audit = new Audit(visit, user);
                audit.signIn(user);
                audit.open(path, 200);
                findings.addAll(audit.all());
            }
        });
        assertNoFindings(findings);
    }

    @Test
    void referenceDataPages() {
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/ikcs", 200);
            String ikc = firstLink(page, "/ikcs/");
            audit.open(ikc, 200);
            audit.sendWithErrors(button(page, "Telling vastleggen"), "ikcs-id-telling-fouten");
            audit.open(ikc + "/bewerken", 200);
            audit.open("/ikcs/nieuw", 200);
            audit.sendWithErrors(button(page, "Opslaan"), "ikcs-nieuw-fouten");
            audit.open("/organisaties", 200);
            String organisation = firstLink(page, "/organisaties/");
            audit.open(organisation, 200);
            audit.open(organisation + "/bewerken", 200);
            audit.open("/organisaties/nieuw", 200);
            audit.sendWithErrors(button(page, "Opslaan"), "organisaties-nieuw-fouten");
            audit.open("/aandachtsgebieden", 200);
            String area = firstLink(page, "/aandachtsgebieden/");
            audit.open(area, 200);
            audit.open(area + "/bewerken", 200);
            audit.open("/aandachtsgebieden/nieuw", 200);
            audit.sendWithErrors(button(page, "Opslaan"), "aandachtsgebieden-nieuw-fouten");
            audit.open("/aanvragen/999999999", 404, "niet-gevonden");
            audit.assertClean();
        }
    }

    @Test
    void accountPages() {
        long proloog = nl.ikcregie.Fixtures.organisationId("Proloog");
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "beheerder");
            audit.signIn("beheerder");
            audit.open("/beheer/accounts", 200);
            String account = firstLink(page, "/beheer/accounts/");
            audit.open(account, 200);
            audit.open(account + "/bewerken", 200);
            audit.open("/beheer/accounts/nieuw", 200);
            audit.sendWithErrors(button(page, "Opslaan"), "beheer-accounts-nieuw-fouten");
            audit.open("/account/wachtwoord", 200);
            audit.sendWithErrors(button(page, "Wachtwoord wijzigen"), "account-wachtwoord-fouten");
            audit.open("/beheer/meetpunt/" + proloog, 200);
            audit.open("/audit", 200);
            audit.open("/audit?soort=ACCOUNT&id=" + account.replaceAll("\\D", ""), 200);
            audit.open("/audit?soort=AANVRAAG&id=twaalf", 400);
            audit.assertClean();
        }
    }

    @Test
    void monitoringPage() {
        int withReports = nl.ikcregie.monitoring.MonitoringResourceTest.yearWithReports().year();
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "ontwikkelgroep");
            audit.signIn("ontwikkelgroep");
            audit.open("/monitoring/" + withReports, 200, "monitoring-jaar");
            audit.open("/monitoring/2026", 200, "monitoring-jaar-2026");
            audit.assertClean();
        }
    }

    @Test
    void forbiddenPage() {
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/ikcs/nieuw", 403, "geen-toegang");
            audit.assertClean();
        }
    }

    @Test
    void settlementPages() {
        nl.ikcregie.GrantedRounds.GrantedRound round = nl.ikcregie.GrantedRounds.of("60000", "IKC De Wâlslach");
        long report = nl.ikcregie.report.SettlementFixtures.approvedReport(round.application("IKC De Wâlslach"), "24500");
        String path = "/jaarrapportages/" + report + "/vaststelling";
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open(path, 200);
            page.getByLabel("Vastgesteld bedrag").fill("40.000,00");
            audit.sendWithErrors(button(page, "Subsidie vaststellen"), "jaarrapportages-id-vaststelling-fouten");
            page.getByLabel("Vastgesteld bedrag").fill("24.500,00");
            page.getByLabel("Motivering").fill("De zomeractiviteiten gingen niet door.");
            button(page, "Subsidie vaststellen").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De subsidie is vastgesteld");
            audit.check("jaarrapportages-id-vaststelling-vastgesteld");
            audit.assertClean();
        }
    }

    @Test
    void roundPagesOfTheProjectleider() {
        long round = demoRound("Subsidieronde 2026");
        long application = demoApplication(round);
        long submitted = submittedApplication();
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/rondes", 200);
            audit.open("/rondes/" + round, 200);
            audit.open("/rondes/" + round + "/bewerken", 200);
            audit.open("/rondes/nieuw", 200);
            audit.sendWithErrors(button(page, "Opslaan"), "rondes-nieuw-fouten");
            audit.open("/rondes/" + round + "/aanvragen", 200);
            audit.open("/rondes/" + round + "/advies", 200);
            audit.open("/aanvragen", 200);
            audit.open("/aanvragen/" + application, 200);
            audit.open("/aanvragen/" + submitted, 200, "aanvragen-id-ingediend");
            audit.sendWithErrors(button(page, "Om aanvulling vragen"), "aanvragen-id-aanvulling-fouten");
            audit.assertClean();
        }
    }

    @Test
    void adviceAndDecisionPages() {
        long round = demoRound("Subsidieronde 2026");
        List<Map<String, Object>> decisions = Sessions.api("projectleider")
                .get("/api/v1/subsidierondes/" + round + "/besluiten").jsonPath().getList("$");
        long objected = decisions.stream().filter(d -> !Sessions.api("projectleider")
                .get("/api/v1/besluiten/" + d.get("id") + "/bezwaren").jsonPath().getList("$").isEmpty())
                .map(d -> ((Number) d.get("aanvraagId")).longValue()).findFirst().orElseThrow();
        nl.ikcregie.ClosedRounds.ClosedRound concept = nl.ikcregie.ClosedRounds.of("70000", "IKC De Finne");
        nl.ikcregie.ClosedRounds.assess("commissie-bms", concept.application("IKC De Finne"), 4, "30000");
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/projectleider", 200);
            audit.open("/termijnen", 200);
            audit.open("/termijnen?soort=BESLISTERMIJN&pagina=2", 200, "termijnen-pagina-2");
            audit.open("/rondes/" + concept.id(), 200, "rondes-id-gesloten");
            audit.sendWithErrors(button(page, "Correctie vastleggen"), "rondes-id-plafondcorrectie-fouten");
            audit.open("/rondes/" + concept.id() + "/aanvragen?status=ONTVANKELIJK", 200, "rondes-id-aanvragen-gefilterd");
            audit.open("/rondes/" + concept.id() + "/advies", 200, "rondes-id-advies-concept");
            audit.sendWithErrors(button(page, "Aanpassing opslaan"), "rondes-id-advies-aanpassing-fouten");
            audit.open("/rondes/" + round + "/advies", 200);
            audit.open("/rondes/" + round + "/besluiten", 200);
            audit.open("/aanvragen/" + objected + "/besluiten", 200);
            page.locator("summary").filter(new Locator.FilterOptions().setHasText("Bezwaar registreren")).first().click();
            audit.sendWithErrors(button(page, "Bezwaar registreren").first(), "aanvragen-id-besluiten-bezwaar-fouten");
            audit.assertClean();
        }
    }

    /** The bestuurder (the college) reads the established advice and the decisions on it. */
    @Test
    void pagesOfTheBestuurder() {
        long round = demoRound("Subsidieronde 2026");
        long decided = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round + "/besluiten").jsonPath()
                .getLong("[0].aanvraagId");
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "bestuurder");
            audit.signIn("bestuurder");
            audit.open("/rondes/" + round, 200, "rondes-id-bestuurder");
            audit.open("/rondes/" + round + "/advies", 200, "rondes-id-advies-bestuurder");
            audit.open("/rondes/" + round + "/besluiten", 200, "rondes-id-besluiten-bestuurder");
            audit.open("/aanvragen/" + decided + "/besluiten", 200, "aanvragen-id-besluiten-bestuurder");
            audit.assertClean();
        }
    }

    @Test
    void applicationPagesOfTheAanvrager() {
        long round = Rounds.open(Rounds.freshYear());
        long ikc = Sessions.api("projectleider").get("/api/v1/ikcs").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.naam == 'IKC Plataan' }.id");
        long draft = Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("ikcId", ikc))
                .post("/api/v1/subsidierondes/" + round + "/aanvragen").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/rondes", 200, "rondes-aanvrager");
            audit.open("/rondes/" + round, 200, "rondes-id-aanvrager");
            audit.open("/rondes/" + round + "/aanvragen/nieuw", 200);
            audit.open("/aanvragen", 200, "aanvragen-aanvrager");
            audit.open("/aanvragen/" + draft, 200, "aanvragen-id-concept");
            for (String step : List.of("plan", "zelfevaluatie", "begroting", "partners")) {
                audit.open("/aanvragen/" + draft + "/stap/" + step, 200);
            }
            audit.open("/aanvragen/" + draft + "/indienen", 200, "aanvragen-id-indienen-onvolledig");

            audit.open("/aanvragen/" + draft + "/stap/begroting", 200);
            Locator activity = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Activiteit 1").setExact(true));
            activity.getByLabel("Omschrijving", new Locator.GetByLabelOptions().setExact(true)).fill("Ouderkamer");
            activity.getByLabel("Aangevraagd (euro)", new Locator.GetByLabelOptions().setExact(true)).fill("12,500.50");
            audit.sendWithErrors(button(page, "Opslaan"), "aanvragen-id-stap-begroting-fouten");
            assertThat(activity.getByLabel("Aangevraagd (euro)", new Locator.GetByLabelOptions().setExact(true)))
                    .hasAttribute("aria-invalid", "true");

            // an attachment that is no PDF, then one over the limit of the connection (11 MB): the Dutch 413 page
            audit.open("/aanvragen/" + draft + "/stap/partners", 200);
            page.getByLabel("PDF toevoegen").setInputFiles(new FilePayload("plan.pdf", "application/pdf",
                    "geen pdf".getBytes()));
            audit.sendWithErrors(button(page, "Bijlage toevoegen"), "aanvragen-id-stap-partners-bijlage-fouten");
            page.getByLabel("PDF toevoegen").setInputFiles(new FilePayload("scan.pdf", "application/pdf",
                    twelveMegabytePdf()));
            Response tooLarge = page.waitForResponse(r -> r.url().endsWith("/bijlagen"),
                    () -> button(page, "Bijlage toevoegen").click());
            assertEquals(413, tooLarge.status());
            assertThat(heading(page, "Bestand te groot")).isVisible();
            audit.check("bestand-te-groot");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het formulier")).click();
            page.waitForURL(url -> url.endsWith("/aanvragen/" + draft + "/stap/partners"));
            audit.assertClean();
        }
    }

    @Test
    void assessmentPages() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("750000", "IKC De Terp", "IKC Sint Jozef"); // PCBO; BMS
        long terp = round.application("IKC De Terp");
        long jozef = round.application("IKC Sint Jozef");
        Sessions.api("commissie-proloog").contentType("application/json")
                .body(AssessmentFixtures.assessment(3, "18000"))
                .post("/api/v1/aanvragen/" + terp + "/beoordelingen").then().statusCode(201);
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "commissie-bms");
            audit.signIn("commissie-bms");
            audit.open("/commissie", 200);
            audit.open("/aanvragen/" + terp + "/beoordelen", 200);
            audit.sendWithErrors(button(page, "Beoordeling indienen"), "aanvragen-id-beoordelen-fouten");
            audit.open("/aanvragen/" + jozef + "/beoordelen", 403, "geen-toegang-beoordelen");
            audit.assertClean();
        }
        Sessions.api("commissie-bms").contentType("application/json").body(AssessmentFixtures.assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + terp + "/beoordelingen").then().statusCode(201);
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "commissie-bms");
            audit.signIn("commissie-bms");
            audit.open("/aanvragen/" + terp + "/beoordelen", 200, "aanvragen-id-beoordelen-ingediend");
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/rondes/" + round.id(), 200, "rondes-id-gesloten");
            audit.open("/rondes/" + round.id() + "/beoordelingen", 200);
            audit.open("/aanvragen/" + terp + "/beoordelingen", 200);
            audit.sendWithErrors(button(page, "Consensus vastleggen"), "aanvragen-id-beoordelingen-fouten");
            audit.assertClean();
        }
    }

    @Test
    void resultAgreementPages() {
        long plataan = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath()
                .getLong("find { it.ikcNaam == 'IKC Plataan' }.id");
        long fresh = nl.ikcregie.agreement.AgreementFixtures.draft();
        nl.ikcregie.agreement.AgreementFixtures.plusIkc("Proloog", "Sinne Kinderopvang"); // one without an agreement yet
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/resultaatafspraken", 200);
            audit.open("/resultaatafspraken/" + plataan, 200);
            audit.sendWithErrors(button(page, "Wijziging starten"), "resultaatafspraken-id-wijziging-fouten");
            audit.open("/resultaatafspraken/" + plataan + "?versie=1", 200, "resultaatafspraken-id-versie");
            audit.open("/resultaatafspraken/" + plataan + "/verschillen?van=1&naar=2", 200);
            audit.open("/resultaatafspraken/toezeggingen", 200);
            audit.open("/resultaatafspraken/nieuw", 200);
            audit.sendWithErrors(button(page, "Resultaatafspraak opstellen"), "resultaatafspraken-nieuw-fouten");
            audit.open("/resultaatafspraken/" + fresh, 200, "resultaatafspraken-id-concept");
            audit.open("/resultaatafspraken/" + fresh + "/bewerken", 200);
            page.getByLabel("Gemeente, OAB-middelen, 2024", new Page.GetByLabelOptions().setExact(true)).fill("veel");
            audit.sendWithErrors(button(page, "Opslaan"), "resultaatafspraken-id-bewerken-fouten");
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/resultaatafspraken", 200, "resultaatafspraken-aanvrager");
            audit.open("/resultaatafspraken/" + fresh, 200, "resultaatafspraken-id-aanvrager");
            audit.open("/resultaatafspraken/toezeggingen", 200, "resultaatafspraken-toezeggingen-aanvrager");
            audit.assertClean();
        }
    }

    @Test
    void yearlyReportPages() {
        long submitted = Sessions.api("projectleider").get("/api/v1/jaarrapportages?jaar=2026").jsonPath()
                .getLong("find { it.status == 'INGEDIEND' }.id");
        long ikc = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == 'IKC Aventurijn' }.id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("ikcId", ikc, "jaar", 2027))
                .post("/api/v1/jaarrapportages");
        long draft = Sessions.api("aanvrager-proloog").get("/api/v1/jaarrapportages/verplicht?jaar=2027").jsonPath()
                .getLong("find { it.ikcNaam == 'IKC Aventurijn' }.rapportageId");
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/jaarrapportages", 200);
            audit.open("/jaarrapportages/" + submitted, 200);
            audit.sendWithErrors(button(page, "Wijziging vragen"), "jaarrapportages-id-wijziging-fouten");
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/jaarrapportages?jaar=2027", 200, "jaarrapportages-aanvrager");
            audit.open("/jaarrapportages/" + draft, 200, "jaarrapportages-id-concept");
            audit.open("/jaarrapportages/" + draft + "/bewerken", 200);
            audit.sendWithErrors(button(page, "Indienen"), "jaarrapportages-id-bewerken-fouten");
            audit.assertClean();
        }
    }

    @Test
    void plusIkcPages() {
        long ikc = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == 'OBS Potmarge' }.id");
        long flagged = Sessions.api("projectleider").queryParam("ikcId", ikc).get("/api/v1/plus-predicaten").jsonPath()
                .getLong("[0].id");
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/plus-predicaten", 200);
            audit.open("/plus-predicaten/" + flagged, 200);
            audit.open("/plus-predicaten/" + flagged + "/voorwaarden/1", 200);
            audit.open("/plus-predicaten/" + flagged + "/herijking", 200);
            audit.sendWithErrors(button(page, "Herijking vastleggen"), "plus-predicaten-id-herijking-fouten");
            audit.open("/plus-predicaten/nieuw", 200);
            audit.sendWithErrors(button(page, "Voordragen"), "plus-predicaten-nieuw-fouten");
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/plus-predicaten", 200, "plus-predicaten-aanvrager");
            audit.open("/plus-predicaten/" + flagged, 200, "plus-predicaten-id-aanvrager");
            audit.assertClean();
        }
    }

    /** Twelve megabytes that start like a PDF: only the size is wrong. */
    private static byte[] twelveMegabytePdf() {
        byte[] content = new byte[12 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes();
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    /** An application just submitted in a fresh open round, waiting for the projectleider's check. */
    private static long submittedApplication() {
        long round = Rounds.open(Rounds.freshYear());
        long id = nl.ikcregie.application.ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC Plataan")
                .getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(nl.ikcregie.application.ApplicationResourceTest.content(id, 0, "20000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200);
        return id;
    }

    private static long demoRound(String title) {
        return Sessions.api("projectleider").get("/api/v1/subsidierondes").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.titel == '" + title + "' }.id");
    }

    /** A demo application in {@code round}, preferably a submitted one (its page shows the most). */
    private static long demoApplication(long round) {
        List<Map<String, Object>> applications = Sessions.api("projectleider")
                .get("/api/v1/aanvragen?subsidierondeId=" + round).then().statusCode(200).extract().jsonPath().getList("$");
        assertNotNull(applications, "no demo applications in round " + round);
        return applications.stream().filter(a -> "INGEDIEND".equals(a.get("status"))).findFirst()
                .or(() -> applications.stream().findFirst())
                .map(a -> ((Number) a.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("no demo applications in round " + round));
    }

    /** The first link on the current page to a detail page under {@code prefix} (such as /ikcs/12). */
    private static String firstLink(Page page, String prefix) {
        String href = (String) page.locator("main a[href^='" + prefix + "']")
                .evaluateAll("links => links.map(a => a.getAttribute('href')).find(h => /\\/\\d+$/.test(h))");
        assertNotNull(href, "no link to a detail page under " + prefix + " on " + page.url());
        return href;
    }

    private static void assertNoFindings(List<String> findings) {
        assertEquals(0, findings.size(), () -> findings.size() + " accessibility finding(s):\n"
                + String.join("\n", findings));
    }

    /**
     * The page type of a path, for the screenshot's name: numbers become "id", the query is left out
     * ("/aanvragen/12/stap/plan" is "aanvragen-id-stap-plan", "/" is "start").
     */
    static String pageType(String path) {
        String type = path.replaceAll("[?#].*", "").replaceAll("/\\d+(?=/|$)", "/id").replaceAll("^/+|/+$", "")
                .replaceAll("[^A-Za-z0-9]+", "-");
        return type.isEmpty() ? "start" : type;
    }

    /** Opens pages in one visit and collects axe violations, reflow and error-summary problems per page. */
    private static final class Audit {

        private final Browser.Visit visit;
        private final String who;
        private final List<String> findings = new ArrayList<>();

        Audit(Browser.Visit visit, String who) {
            this.visit = visit;
            this.who = who;
        }

        void signIn(String username) {
            Page page = visit.page;
            page.navigate("/login");
            page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill(username);
            page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
            page.waitForURL(url -> !url.contains("/login"));
        }

        void open(String path, int expectedStatus) {
            open(path, expectedStatus, pageType(path));
        }

        void open(String path, int expectedStatus, String type) {
            Response response = visit.page.navigate(path);
            assertEquals(expectedStatus, response.status(), "status of " + path + " for " + who);
            check(type);
        }

        /**
         * Clicks {@code button} of a form left empty or filled in wrongly, expects the error summary, and
         * checks it (focus, links to the fields, their aria-invalid and aria-describedby) and the page.
         */
        void sendWithErrors(Locator button, String type) {
            Page page = visit.page;
            button.click();
            assertThat(page.locator("#foutmeldingen")).isVisible();
            try {
                page.waitForFunction("() => document.activeElement && document.activeElement.id === 'foutmeldingen'",
                        null, new Page.WaitForFunctionOptions().setTimeout(2000));
            } catch (TimeoutError e) {
                // PageChecks.errorSummary names where the focus is instead
            }
            PageChecks.errorSummary(page, true).forEach(problem -> findings.add(where(type) + ": " + problem));
            check(type);
        }

        /**
         * Runs axe at desktop width and at the narrowest reflow width (where tables scroll in their own
         * box), checks reflow and clipping at every width including 200% zoom, and saves the page type's
         * screenshots the first time it is seen.
         */
        void check(String type) {
            Page page = visit.page;
            String where = where(type);
            boolean screenshot = SCREENSHOTTED.add(type);
            for (int width : WIDTHS) {
                page.setViewportSize(width, width == ZOOM_200 ? 360 : 800);
                String at = where + " at " + width + "px" + (width == ZOOM_200 ? " (200% zoom)" : "");
                if (width == 1280 || width == 320) {
                    axe(page, at);
                }
                PageChecks.reflow(page).forEach(problem -> findings.add(at + ": reflow: " + problem));
                if (screenshot) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(SCREENSHOTS.resolve(type + "-" + width + ".png")));
                }
            }
            page.setViewportSize(1280, 720);
        }

        private String where(String type) {
            String url = visit.page.url();
            return type + " " + url.substring(url.indexOf('/', url.indexOf("//") + 2)) + " (" + who + ")";
        }

        private void axe(Page page, String where) {
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            if (results.isErrored()) {
                findings.add(where + ": axe failed: " + results.getErrorMessage());
            }
            for (Rule rule : results.getViolations()) {
                findings.add(where + ": " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(AccessibilityTest::describe).collect(Collectors.joining("\n")));
            }
        }

        /** What axe and the other checks found, and what the browser reported (script and CSP errors). */
        List<String> all() {
            List<String> all = new ArrayList<>(findings);
            visit.problems().forEach(problem -> all.add("browser (" + who + "): " + problem));
            return all;
        }

        void assertClean() {
            assertNoFindings(all());
        }
    }

    private static String describe(CheckedNode node) {
        return "    " + node.getTarget() + (node.getImpact() == null ? "" : " [" + node.getImpact() + "]")
                + (node.getFailureSummary() == null ? "" : "\n      "
                        + node.getFailureSummary().replace("\n", "\n      "));
    }
}
