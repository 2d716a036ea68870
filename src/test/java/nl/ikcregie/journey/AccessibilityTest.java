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
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Rounds;
import nl.ikcregie.assessment.AssessmentFixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Runs axe-core on every kind of page, signed in as the role that uses it, and requires zero
 * violations of WCAG 2.1 level A and AA (the rules axe can decide automatically), at 1280 and at 320
 * CSS pixels wide. Each page is also checked for reflow (WCAG 1.4.10): the page itself never scrolls
 * sideways at 1280, 375 or 320 pixels. With {@code -Da11y.screenshots=DIR} every page is saved as a
 * full-page PNG at each width.
 */
@QuarkusTest
class AccessibilityTest extends BrowserJourney {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Desktop, a phone, and the narrowest width WCAG 1.4.10 asks content to reflow to. */
    static final List<Integer> WIDTHS = List.of(1280, 375, 320);

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
            Audit audit = new Audit(visit, "anoniem");
            audit.open("/login", 200);
            audit.open("/login?fout=true", 200);
            audit.open("/toegankelijkheid", 200);
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
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/ikcs", 200);
            audit.open(firstLink(visit.page, "/ikcs/"), 200);
            audit.open("/ikcs/nieuw", 200);
            visit.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(visit.page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/ikcs/nieuw, leeg verstuurd");
            audit.open("/organisaties", 200);
            audit.open("/organisaties/nieuw", 200);
            audit.open("/aandachtsgebieden", 200);
            audit.open(firstLink(visit.page, "/aandachtsgebieden/"), 200);
            audit.assertClean();
        }
    }

    @Test
    void accountPages() {
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "beheerder");
            audit.signIn("beheerder");
            audit.open("/beheer/accounts", 200);
            audit.open("/beheer/accounts/nieuw", 200);
            audit.open("/account/wachtwoord", 200);
            audit.assertClean();
        }
    }

    @Test
    void monitoringPage() {
        int withReports = nl.ikcregie.monitoring.MonitoringResourceTest.yearWithReports().year();
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "ontwikkelgroep");
            audit.signIn("ontwikkelgroep");
            audit.open("/monitoring/2026", 200);
            audit.open("/monitoring/" + withReports, 200);
            audit.assertClean();
        }
    }

    @Test
    void forbiddenPage() {
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/ikcs/nieuw", 403);
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
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subsidie vaststellen")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check(path + ", te hoog bedrag");
            page.getByLabel("Vastgesteld bedrag").fill("24.500,00");
            page.getByLabel("Motivering").fill("De zomeractiviteiten gingen niet door.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subsidie vaststellen")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De subsidie is vastgesteld");
            audit.check(path + ", vastgesteld");
            audit.assertClean();
        }
    }

    @Test
    void roundPagesOfTheProjectleider() {
        long round = demoRound("Subsidieronde 2026");
        long application = demoApplication(round);
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/rondes", 200);
            audit.open("/rondes/" + round, 200);
            audit.open("/rondes/nieuw", 200);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/rondes/nieuw, leeg verstuurd");
            audit.open("/rondes/" + round + "/aanvragen", 200);
            audit.open("/rondes/" + round + "/advies", 200);
            audit.open("/aanvragen", 200);
            audit.open("/aanvragen/" + application, 200);
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
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/projectleider", 200);
            audit.open("/termijnen", 200);
            audit.open("/termijnen?soort=BESLISTERMIJN&pagina=2", 200);
            audit.open("/rondes/" + concept.id() + "/aanvragen?status=ONTVANKELIJK", 200);
            audit.open("/rondes/" + concept.id() + "/advies", 200);
            audit.open("/rondes/" + round + "/advies", 200);
            audit.open("/rondes/" + round + "/besluiten", 200);
            audit.open("/aanvragen/" + objected + "/besluiten", 200);
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
            audit.open("/rondes", 200);
            audit.open("/rondes/" + round, 200);
            audit.open("/rondes/" + round + "/aanvragen/nieuw", 200);
            audit.open("/aanvragen", 200);
            audit.open("/aanvragen/" + draft, 200);
            for (String step : List.of("plan", "zelfevaluatie", "begroting", "partners")) {
                audit.open("/aanvragen/" + draft + "/stap/" + step, 200);
            }
            audit.open("/aanvragen/" + draft + "/indienen", 200);

            audit.open("/aanvragen/" + draft + "/stap/begroting", 200);
            Locator activity = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Activiteit 1").setExact(true));
            activity.getByLabel("Omschrijving", new Locator.GetByLabelOptions().setExact(true)).fill("Ouderkamer");
            activity.getByLabel("Aangevraagd (euro)", new Locator.GetByLabelOptions().setExact(true)).fill("12,500.50");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            assertThat(activity.getByLabel("Aangevraagd (euro)", new Locator.GetByLabelOptions().setExact(true)))
                    .hasAttribute("aria-invalid", "true");
            audit.check("/aanvragen/" + draft + "/stap/begroting, ongeldig bedrag");
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
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling indienen").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/aanvragen/" + terp + "/beoordelen, leeg ingediend");
            audit.open("/aanvragen/" + jozef + "/beoordelen", 403);
            audit.assertClean();
        }
        Sessions.api("commissie-bms").contentType("application/json").body(AssessmentFixtures.assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + terp + "/beoordelingen").then().statusCode(201);
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "commissie-bms");
            audit.signIn("commissie-bms");
            audit.open("/aanvragen/" + terp + "/beoordelen", 200);
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/rondes/" + round.id(), 200);
            audit.open("/rondes/" + round.id() + "/beoordelingen", 200);
            audit.open("/aanvragen/" + terp + "/beoordelingen", 200);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consensus vastleggen").setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/aanvragen/" + terp + "/beoordelingen, leeg vastgelegd");
            audit.assertClean();
        }
    }

    @Test
    void resultAgreementPages() {
        long plataan = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath()
                .getLong("find { it.ikcNaam == 'IKC Plataan' }.id");
        long fresh = nl.ikcregie.agreement.AgreementFixtures.draft();
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/resultaatafspraken", 200);
            audit.open("/resultaatafspraken/" + plataan, 200);
            audit.open("/resultaatafspraken/" + plataan + "?versie=1", 200);
            audit.open("/resultaatafspraken/" + plataan + "/verschillen?van=1&naar=2", 200);
            audit.open("/resultaatafspraken/toezeggingen", 200);
            audit.open("/resultaatafspraken/nieuw", 200);
            audit.open("/resultaatafspraken/" + fresh, 200);
            audit.open("/resultaatafspraken/" + fresh + "/bewerken", 200);
            page.getByLabel("Gemeente, OAB-middelen, 2024", new Page.GetByLabelOptions().setExact(true)).fill("veel");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/resultaatafspraken/" + fresh + "/bewerken, ongeldig bedrag");
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/resultaatafspraken", 200);
            audit.open("/resultaatafspraken/" + fresh, 200);
            audit.open("/resultaatafspraken/toezeggingen", 200);
            audit.assertClean();
        }
    }

    /** The id of a demo round, looked up by its title through the API. */
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
            Audit audit = new Audit(visit, "projectleider");
            audit.signIn("projectleider");
            audit.open("/jaarrapportages", 200);
            audit.open("/jaarrapportages/" + submitted, 200);
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/jaarrapportages?jaar=2027", 200);
            audit.open("/jaarrapportages/" + draft, 200);
            audit.open("/jaarrapportages/" + draft + "/bewerken", 200);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/jaarrapportages/" + draft + "/bewerken, onvolledig ingediend");
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
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Herijking vastleggen")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            audit.check("/plus-predicaten/" + flagged + "/herijking, leeg verstuurd");
            audit.open("/plus-predicaten/nieuw", 200);
            audit.assertClean();
        }
        try (Browser.Visit visit = browser.visit(base)) {
            Audit audit = new Audit(visit, "aanvrager-proloog");
            audit.signIn("aanvrager-proloog");
            audit.open("/plus-predicaten", 200);
            audit.open("/plus-predicaten/" + flagged, 200);
            audit.assertClean();
        }
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

    /** Opens pages in one visit and collects axe violations and reflow problems per page. */
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
            Response response = visit.page.navigate(path);
            assertEquals(expectedStatus, response.status(), "status of " + path + " for " + who);
            check(path);
        }

        /**
         * Runs axe at desktop width and at the narrowest reflow width (where tables scroll in their own
         * box), and checks at every width that the page itself does not scroll sideways.
         */
        void check(String label) {
            Page page = visit.page;
            String where = label + " (" + who + ")";
            String screenshots = System.getProperty("a11y.screenshots");
            for (int width : WIDTHS) {
                page.setViewportSize(width, 800);
                if (width == 1280 || width == 320) {
                    axe(page, where + " at " + width + "px");
                }
                int overflow = ((Number) page.evaluate(
                        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
                if (overflow > 0) {
                    findings.add(where + ": reflow: the page scrolls " + overflow + "px sideways at " + width
                            + "px wide");
                }
                if (screenshots != null && !screenshots.isBlank()) {
                    String name = (who + label).replaceAll("[^A-Za-z0-9]+", "-") + "-" + width + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of(screenshots, name)));
                }
            }
            page.setViewportSize(1280, 720);
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

        /** What axe and the reflow check found, and what the browser reported (script and CSP errors). */
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
