package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.PdfText;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * From the assessed round to the letter in a real browser: the projectleider adjusts an amount in
 * the advice with a reason and establishes it; the bestuurder finds the round from the college's start
 * page, reads the established advice and its PDF, and the college follows the advice; the school
 * board's aanvrager finds the decision and its letter with the application.
 */
@QuarkusTest
class DecisionJourneyTest extends BrowserJourney {

    @Test
    void theAdviceIsEstablishedTheCollegeDecidesAndTheApplicantFindsTheLetter() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("70000", "IKC Prins Maurits", "IKC De Klimop");
        long maurits = round.application("IKC Prins Maurits"); // PCBO, with Sinne
        ClosedRounds.assess("commissie-bms", maurits, 5, "30000");
        ClosedRounds.assess("commissie-proloog", round.application("IKC De Klimop"), 3, "30000"); // BMS, Sinne, SKF
        String title = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id()).jsonPath()
                .getString("titel");

        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "projectleider");
            page.navigate("/rondes/" + round.id() + "/advies");
            assertThat(heading(page, "Advies aan het college: " + title)).isVisible();
            page.getByLabel("Aanvraag (verplicht)", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(maurits));
            page.getByLabel("Geadviseerd bedrag (verplicht)", new Page.GetByLabelOptions().setExact(true)).fill("28.500,00");
            page.getByLabel("Reden van de aanpassing", new Page.GetByLabelOptions().setExact(true))
                    .fill("De ouderkamer deelt het IKC met de buurt");
            button(page, "Aanpassing opslaan").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het bedrag is aangepast");
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("IKC Prins Maurits"));
            assertThat(row).containsText("28.500,00");
            assertThat(row).containsText("De ouderkamer deelt het IKC met de buurt");
            button(page, "Advies vaststellen").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het advies is vastgesteld");
            button(page, "Afmelden").click();

            // the college finds the round from its start page and reads the established advice and its PDF
            signIn(page, "bestuurder");
            assertThat(heading(page, "Start college van B&W")).isVisible();
            menu(page, "Rondes").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advies aan het college").setExact(true))
                    .click();
            assertThat(heading(page, "Advies aan het college: " + title)).isVisible();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("Vastgesteld");
            Locator advised = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("IKC Prins Maurits"));
            assertThat(advised).containsText("28.500,00");
            assertThat(advised).containsText("De ouderkamer deelt het IKC met de buurt");
            assertThat(button(page, "Aanpassing opslaan")).hasCount(0);
            Locator pdfLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advies als PDF").setExact(true));
            APIResponse pdf = page.request().get(pdfLink.getAttribute("href"));
            assertEquals(200, pdf.status());
            assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
            String text = PdfText.of(pdf.body()).replaceAll("\\s+", " ");
            assertTrue(text.contains("IKC Prins Maurits") && text.contains("28.500,00"),
                    () -> "the advice PDF names the application and its adjusted amount:\n" + text);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besluiten van het college").setExact(true))
                    .click();
            assertThat(heading(page, "Besluiten van het college: " + title)).isVisible();
            button(page, "Besluiten volgens het advies").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 besluiten volgens het advies vastgelegd");
            assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("IKC Prins Maurits")))
                    .containsText("Deels toegekend");
            button(page, "Afmelden").click();

            signIn(page, "aanvrager-pcbo");
            page.navigate("/aanvragen/" + maurits);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("besluit en beschikking").setExact(true)).click();
            assertThat(heading(page, "Besluit en beschikking: IKC Prins Maurits")).isVisible();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("28.500,00");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("(PDF)"))).isVisible();
            assertEquals(List.of(), visit.problems());
        }
    }
}
