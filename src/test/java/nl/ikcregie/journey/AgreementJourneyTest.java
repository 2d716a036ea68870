package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * A result agreement in a real browser. Every one of the nine demo Plus-IKCs already has an agreed
 * agreement (the demo year), so the projectleider drafts the next version of one of them: IKC het
 * Palet (Proloog with Sinne), after its yearly evaluation. The projectleider changes the money and
 * consents for the gemeente, then Proloog's and Sinne's aanvragers consent on their own pages, and
 * the new version is agreed; the difference with the previous version names the changed amount.
 */
@QuarkusTest
class AgreementJourneyTest extends BrowserJourney {

    @Test
    void theProjectleiderDraftsANewVersionAndTheThreePartiesConsent() {
        long id = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath()
                .getLong("find { it.ikcNaam == 'IKC het Palet' }.id");
        int agreed = Sessions.api("projectleider").get("/api/v1/resultaatafspraken/" + id).jsonPath().getInt("versie");
        int next = agreed + 1;
        String title = "Resultaatafspraak IKC het Palet 2021-2028";

        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "projectleider");
            menu(page, "Resultaatafspraken").click();
            assertThat(heading(page, "Resultaatafspraken")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IKC het Palet").setExact(true)).click();
            assertThat(heading(page, title)).isVisible();
            page.getByLabel("Reden van de wijziging", new Page.GetByLabelOptions().setExact(true))
                    .fill("Evaluatie: meer inzet op taal vanaf 2027");
            button(page, "Wijziging starten").click();
            assertThat(heading(page, "Versie " + next + " bewerken: IKC het Palet")).isVisible();
            page.getByLabel("Gemeente, OAB-middelen, 2027", new Page.GetByLabelOptions().setExact(true))
                    .fill("60.000,00");
            button(page, "Opslaan").click();
            assertThat(heading(page, title)).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De conceptversie is opgeslagen");
            button(page, "Instemmen").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw instemming is vastgelegd");
            button(page, "Afmelden").click();

            for (String applicant : List.of("aanvrager-proloog", "aanvrager-sinne")) {
                signIn(page, applicant);
                menu(page, "Resultaatafspraken").click();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IKC het Palet").setExact(true))
                        .click();
                assertThat(heading(page, title)).isVisible();
                assertThat(page.getByRole(AriaRole.MAIN)).containsText("Versie " + next + ": Concept");
                button(page, "Instemmen").click();
                if (applicant.equals("aanvrager-sinne")) {
                    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Alle drie partijen hebben ingestemd");
                } else {
                    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw instemming is vastgelegd");
                }
                assertThat(button(page, "Instemmen")).hasCount(0);
                if (!applicant.equals("aanvrager-sinne")) {
                    button(page, "Afmelden").click();
                }
            }
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("Versie " + next + ": Akkoord");
            button(page, "Verschillen tonen").click();
            assertThat(heading(page, "Verschillen tussen versies: IKC het Palet")).isVisible();
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Gemeente: OAB-middelen"));
            assertThat(row).containsText("2027");
            assertThat(row).containsText("60.000,00");
            assertEquals(List.of(), visit.problems());
        }
        assertEquals("AKKOORD", Sessions.api("bestuurder").get("/api/v1/resultaatafspraken/" + id).jsonPath()
                .getString("status"));
    }
}
