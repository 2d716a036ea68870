package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcregie.GrantedRounds;
import org.junit.jupiter.api.Test;

/**
 * After the year, in a real browser: the school board's aanvrager files the yearly report of a
 * subsidised IKC, the projectleider approves it and opens the programme's monitoring page, whose
 * screenshot is kept as a test artefact in {@code target/screenshots/}.
 */
@QuarkusTest
class ReportJourneyTest extends BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void theApplicantFilesTheReportAndTheProjectleiderApprovesItAndReadsTheMonitoring() throws Exception {
        GrantedRounds.GrantedRound round = GrantedRounds.of("50000", "IKC De Terp"); // PCBO
        int year = round.year();

        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "aanvrager-pcbo");
            menu(page, "Jaarrapportages").click();
            page.navigate("/jaarrapportages?jaar=" + year);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapportage starten voor IKC De Terp"))
                    .click();
            page.getByLabel("Wat is er gedaan", new Page.GetByLabelOptions().setExact(true))
                    .fill("Een gezamenlijke ouderkamer ingericht en elke maand een ouderochtend van school en opvang.");
            page.getByLabel("Subsidie besteed (euro)", new Page.GetByLabelOptions().setExact(true))
                    .fill("27.500,00");
            page.getByLabel("Toelichting op de besteding", new Page.GetByLabelOptions().setExact(true))
                    .fill("De scholing viel goedkoper uit.");
            Locator levels = page.locator("select[name$='].niveau']");
            for (int i = 0; i < levels.count(); i++) {
                levels.nth(i).selectOption(i < 3 ? "HAND_IN_HAND" : "FACE_TO_FACE");
            }
            page.locator("select[name='check.inspanningsverplichtingen[0].status']").selectOption("NAGEKOMEN");
            page.getByLabel("Wat verandert er volgend jaar", new Page.GetByLabelOptions().setExact(true))
                    .fill("Volgend jaar ook een inloopochtend voor ouders van peuters.");
            button(page, "Indienen").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De jaarrapportage is ingediend");
            button(page, "Afmelden").click();

            signIn(page, "projectleider");
            page.navigate("/jaarrapportages?jaar=" + year);
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("IKC De Terp"));
            assertThat(row).containsText("Ingediend");
            row.getByRole(AriaRole.LINK).first().click();
            assertThat(page.getByText("Een gezamenlijke ouderkamer ingericht")).isVisible();
            assertThat(page.getByText("€ 27.500,00").first()).isVisible();
            button(page, "Goedkeuren").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De jaarrapportage is goedgekeurd");

            // the approved report counts in that year's monitoring
            page.navigate("/monitoring/" + year);
            assertThat(heading(page, "Monitoring Kansen voor Kinderen " + year)).isVisible();
            assertThat(page.locator("main")).containsText("27.500,00");

            // and the programme's demo year, through the menu, with its charts
            menu(page, "Monitoring").click();
            page.navigate("/monitoring/2026");
            assertThat(heading(page, "Monitoring Kansen voor Kinderen 2026")).isVisible();
            assertTrue(page.locator("svg[role='img']").count() >= 3, "charts on the monitoring page");
            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve("monitoring-2026.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            assertTrue(Files.size(shot) > 10_000, "a screenshot of the monitoring page");
        }
    }
}
