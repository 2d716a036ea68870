package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * An aanvrager writes an application in a real browser (headless Chromium): starts it in an open
 * round, fills the plan, the self-assessment of all twelve criteria and the budget in Dutch notation,
 * leaves (signs out), comes back to the draft, finds the amount as typed, and submits it for a receipt.
 * Locators go by role and label, so every step also proves the accessible names the pages promise.
 */
@QuarkusTest
class ApplicationJourneyTest extends BrowserJourney {

    /** The twelve criteria of the Ontwikkelinstrument IKC, as the legends of the self-assessment show them. */
    private static final List<String> CRITERIA = List.of(
            "Bestuurlijke samenwerking",
            "Eén organisatie",
            "Gezamenlijke visie op leren, ontwikkeling en samenwerken",
            "Het kind staat centraal",
            "Ouders betrokken en als klant",
            "Thuisnabij maatwerk in gemeente, dorp, wijk, buurt",
            "Multidisciplinaire samenwerking",
            "Doorgaande lijn ondersteuning",
            "Doorgaande lijn inhoud",
            "Nieuwe professionele houding",
            "Geschikte en beschikbare ruimte",
            "Kwaliteitsbeleid");

    private static final String IKC = "IKC Plataan";

    @Test
    void aanvragerWritesLeavesComesBackAndSubmits() {
        long roundId = Rounds.open(Rounds.freshYear());
        String roundTitle = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + roundId)
                .then().statusCode(200).extract().jsonPath().getString("titel");

        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "aanvrager-proloog");
            assertThat(heading(page, "Start Proloog")).isVisible();

            // start the application in the new round
            menu(page, "Rondes").click();
            assertThat(heading(page, "Subsidierondes")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(roundTitle).setExact(true)).click();
            assertThat(heading(page, roundTitle)).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanvraag starten").setExact(true)).click();
            assertThat(heading(page, "Aanvraag starten in " + roundTitle)).isVisible();
            Locator plataan = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("IKC").setExact(true))
                    .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(IKC + " (A. Plus-IKC)").setExact(true));
            plataan.check();
            assertThat(plataan).isChecked();
            button(page, "Aanvraag starten").click();

            // step 1: the plan
            assertThat(heading(page, "Aanvraag " + IKC + ": Plan")).isVisible();
            assertThat(currentStep(page)).hasText("Plan");
            field(page, "Waarom: wat hebben onze kinderen nodig?").fill("Veel kinderen starten met een taalachterstand.");
            field(page, "Hoe: visie, pijlers, van ... naar ...").fill("Van twee organisaties naar één team.");
            field(page, "Wat: de acties").fill("Gezamenlijke scholing; een doorgaande leerlijn taal; ouderkamer.");
            field(page, "Draagvlak").fill("Team, oudercommissie en MR steunen het plan.");
            button(page, "Opslaan en verder").click();

            // step 2: the self-assessment, each criterion in its own fieldset
            assertThat(heading(page, "Aanvraag " + IKC + ": Zelfevaluatie")).isVisible();
            assertThat(currentStep(page)).hasText("Zelfevaluatie");
            for (int i = 0; i < CRITERIA.size(); i++) {
                Locator criterion = criterion(page, i + 1);
                assertThat(criterion).isVisible();
                criterion.getByLabel("Huidig niveau", new Locator.GetByLabelOptions().setExact(true))
                        .selectOption(new SelectOption().setLabel("Face to face"));
                criterion.getByLabel("Ambitie", new Locator.GetByLabelOptions().setExact(true))
                        .selectOption(new SelectOption().setLabel("Hand in hand"));
            }
            Locator first = criterion(page, 1);
            Locator levelText = first.getByText("De partners werken basaal samen zoals bedoeld in artikel 45 WPO");
            assertThat(levelText).isHidden();
            first.getByText("Beschrijving van de niveaus bij " + CRITERIA.get(0), new Locator.GetByTextOptions().setExact(true))
                    .click();
            assertThat(levelText).isVisible();
            button(page, "Opslaan en verder").click();

            // step 3: the budget, saved without moving on
            assertThat(heading(page, "Aanvraag " + IKC + ": Begroting")).isVisible();
            assertThat(currentStep(page)).hasText("Begroting");
            Locator activity = activity(page, 1);
            activity.getByLabel("Omschrijving", new Locator.GetByLabelOptions().setExact(true)).fill("Scholing team");
            activity.getByLabel("Aangevraagd (euro)", new Locator.GetByLabelOptions().setExact(true)).fill("12.500,50");
            button(page, "Opslaan").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Opgeslagen");
            assertThat(heading(page, "Aanvraag " + IKC + ": Begroting")).isVisible();
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("€\u00a012.500,50");

            // leave: to the start page, sign out
            menu(page, "Start").click();
            assertThat(heading(page, "Start Proloog")).isVisible();
            button(page, "Afmelden").click();
            assertThat(heading(page, "Aanmelden bij IKC Regie")).isVisible();
            assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))).hasCount(0);

            // come back: sign in, find the draft, the amount is as it was typed
            signIn(page, "aanvrager-proloog");
            assertThat(heading(page, "Start Proloog")).isVisible();
            menu(page, "Aanvragen").click();
            assertThat(heading(page, "Aanvragen")).isVisible();
            Locator draftRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(roundTitle));
            assertThat(draftRow).hasCount(1);
            assertThat(draftRow).containsText(IKC);
            draftRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("concept").setExact(true)).click();
            assertThat(heading(page, "Aanvraag " + IKC)).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder invullen").setExact(true)).click();
            assertThat(heading(page, "Aanvraag " + IKC + ": Plan")).isVisible();
            assertThat(field(page, "Wat: de acties"))
                    .hasValue("Gezamenlijke scholing; een doorgaande leerlijn taal; ouderkamer.");
            steps(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Begroting").setExact(true)).click();
            assertThat(heading(page, "Aanvraag " + IKC + ": Begroting")).isVisible();
            assertThat(activity(page, 1).getByLabel("Omschrijving", new Locator.GetByLabelOptions().setExact(true)))
                    .hasValue("Scholing team");
            assertThat(activity(page, 1).getByLabel("Aangevraagd (euro)", new Locator.GetByLabelOptions().setExact(true)))
                    .hasValue("12.500,50");

            // step 4 and submit
            button(page, "Opslaan en verder").click();
            assertThat(heading(page, "Aanvraag " + IKC + ": Partners en bijlagen")).isVisible();
            assertThat(currentStep(page)).hasText("Partners en bijlagen");
            button(page, "Opslaan en verder").click();
            assertThat(heading(page, "Aanvraag " + IKC + ": controleren en indienen")).isVisible();
            assertThat(currentStep(page)).hasText("Controleren en indienen");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De aanvraag is compleet");
            button(page, "Aanvraag indienen").click();

            assertThat(heading(page, "Aanvraag " + IKC)).isVisible();
            Locator receipt = page.getByRole(AriaRole.STATUS);
            assertThat(receipt).containsText("Ontvangstbevestiging");
            assertThat(receipt).containsText(Pattern.compile("onder kenmerk KVK-\\d{4}-\\d{4}"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder invullen"))).hasCount(0);
            assertEquals(List.of(), visit.problems());
        }
    }



    private static Locator steps(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Stappen van de aanvraag"));
    }

    private static Locator currentStep(Page page) {
        return steps(page).locator("[aria-current=step]");
    }

    private static Locator criterion(Page page, int number) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName(number + ". " + CRITERIA.get(number - 1)).setExact(true));
    }

    private static Locator activity(Page page, int number) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Activiteit " + number).setExact(true));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }


}
