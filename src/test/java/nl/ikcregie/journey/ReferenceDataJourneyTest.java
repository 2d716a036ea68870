package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * User journeys through the reference data pages in a real browser (headless Chromium): signing in,
 * adding an IKC with and without a mouse, and what an aanvrager may and may not see. Locators go by
 * role and label, so every step also proves the accessible names the pages promise.
 */
@QuarkusTest
class ReferenceDataJourneyTest extends BrowserJourney {

    @Test
    void projectleiderAddsAnIkcAfterCorrectingTheEmptyForm() {
        String name = uniqueIkcName();
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "projectleider");
            assertThat(heading(page, "Start projectleider")).isVisible();

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IKC's").setExact(true)).click();
            assertThat(heading(page, "IKC's")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IKC toevoegen")).click();
            assertThat(heading(page, "IKC toevoegen")).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            Locator summary = page.getByRole(AriaRole.ALERT);
            assertThat(summary).containsText("Het formulier is nog niet goed ingevuld:");
            Locator naam = naam(page);
            assertThat(naam).hasAccessibleDescription("Vul dit veld in.");
            assertThat(naam).hasAttribute("aria-invalid", "true");
            assertThat(schoolbestuur(page)).hasAccessibleDescription("Maak een keuze.");
            Locator toNaam = summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vul dit veld in."));
            assertThat(toNaam).hasAttribute("href", "#naam");
            toNaam.click();
            assertThat(naam).isFocused();

            naam.fill(name);
            schoolbestuur(page).selectOption(new SelectOption().setLabel("Proloog"));
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Kinderopvangpartners"))
                    .getByLabel("Sinne Kinderopvang", new Locator.GetByLabelOptions().setExact(true)).check();
            categorie(page).selectOption(new SelectOption().setLabel("B. Regulier IKC"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

            assertCreated(page, name);
            assertEquals(List.of(), visit.problems());
        }
    }

    @Test
    void projectleiderAddsAnIkcWithTheKeyboardOnly() {
        String name = uniqueIkcName();
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            page.navigate("/login");
            assertThat(heading(page, "Aanmelden bij IKC Regie")).isVisible();

            page.keyboard().press("Tab");
            Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud"));
            assertThat(skipLink).isFocused();
            assertThat(skipLink).isInViewport();
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertThat(page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))).isFocused();
            page.keyboard().type("projectleider");
            page.keyboard().press("Tab");
            assertThat(page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))).isFocused();
            page.keyboard().type("demo");
            page.keyboard().press("Enter");
            assertThat(heading(page, "Start projectleider")).isVisible();

            visit.tabTo(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IKC's").setExact(true)), 20);
            page.keyboard().press("Enter");
            assertThat(heading(page, "IKC's")).isVisible();
            visit.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IKC toevoegen")), 20);
            page.keyboard().press("Enter");
            assertThat(heading(page, "IKC toevoegen")).isVisible();

            // the empty form first; the error summary leads back to the field
            visit.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")), 40);
            page.keyboard().press("Enter");
            Locator summary = page.getByRole(AriaRole.ALERT);
            assertThat(summary).containsText("Het formulier is nog niet goed ingevuld:");
            visit.tabTo(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vul dit veld in.")), 20);
            page.keyboard().press("Enter");
            Locator naam = naam(page);
            assertThat(naam).isFocused();
            page.keyboard().type(name);

            page.keyboard().press("Tab");
            Locator schoolbestuur = schoolbestuur(page);
            assertThat(schoolbestuur).isFocused();
            page.keyboard().type("Proloog");
            assertThat(schoolbestuur.locator("option:checked")).hasText("Proloog");

            Locator sinne = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Kinderopvangpartners"))
                    .getByLabel("Sinne Kinderopvang", new Locator.GetByLabelOptions().setExact(true));
            visit.tabTo(sinne, 10);
            page.keyboard().press("Space");
            assertThat(sinne).isChecked();
            assertThat(categorie(page).locator("option:checked")).hasText("B. Regulier IKC");

            visit.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")), 20);
            page.keyboard().press("Enter");

            assertCreated(page, name);
            assertEquals(List.of(), visit.problems());
        }
    }

    @Test
    void aanvragerSeesOwnIkcsAndMayNotAddOne() {
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "aanvrager-proloog");
            assertThat(heading(page, "Start Proloog")).isVisible();

            Locator own = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Uw IKC's"));
            assertThat(own.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IKC Plataan")))
                    .isVisible();
            assertThat(own.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("IKC Prins Maurits")))
                    .hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IKC toevoegen")))
                    .hasCount(0);

            Response response = page.navigate("/ikcs/nieuw");
            assertEquals(403, response.status());
            assertThat(heading(page, "Geen toegang")).isVisible();
            assertThat(page).hasTitle("Geen toegang - IKC Regie");
            assertEquals(List.of(), visit.problems());
        }
    }


    private static void assertCreated(Page page, String name) {
        assertThat(heading(page, name)).isVisible();
        assertThat(page).hasURL(Pattern.compile("/ikcs/\\d+\\?melding=aangemaakt$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het IKC is toegevoegd.");
        Locator details = page.getByRole(AriaRole.MAIN);
        assertThat(details).containsText("Proloog");
        assertThat(details).containsText("Sinne Kinderopvang");
        assertThat(details).containsText("B. Regulier IKC");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Wie wat wanneer wijzigde")))
                .containsText("Aangemaakt");
    }


    private static Locator naam(Page page) {
        return page.getByLabel("Naam (verplicht)", new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator schoolbestuur(Page page) {
        return page.getByLabel("Schoolbestuur (onderwijskoepel) (verplicht)", new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator categorie(Page page) {
        return page.getByLabel("Categorie (verplicht)", new Page.GetByLabelOptions().setExact(true));
    }

    private static String uniqueIkcName() {
        return "IKC Reis " + UUID.randomUUID().toString().substring(0, 8);
    }
}
