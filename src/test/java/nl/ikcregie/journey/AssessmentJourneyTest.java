package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * A commissielid scores an application in a real browser: finds it in the work list, chooses scores
 * by keyboard and by clicks, saves a draft, comes back to it, submits, and sees the other member's
 * scores. Then the projectleider opens the round's assessment, records the consensus and finds the
 * application ranked in the advice.
 */
@QuarkusTest
class AssessmentJourneyTest extends BrowserJourney {

    /** The criteria of a {@link ClosedRounds} round, as the legends show them. */
    private static final List<String> CRITERIA = List.of("Gedeelde visie en IKC-profiel",
            "Aansluiting op wat kinderen nodig hebben", "Samenwerking onderwijs en kinderopvang",
            "Betrokkenheid van ouders", "Haalbaarheid en begroting");

    private static final String IKC = "IKC De Terp"; // PCBO with Sinne: no conflict for BMS

    @Test
    void aCommissielidScoresAndTheProjectleiderRecordsTheConsensus() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("750000", IKC);
        long id = round.application(IKC);
        String title = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id()).jsonPath()
                .getString("titel");
        // another member was quicker
        Sessions.api("commissie-proloog").contentType("application/json")
                .body(nl.ikcregie.assessment.AssessmentFixtures.assessment(3, "18000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);

        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "commissie-bms");
            assertThat(heading(page, "Start IKC-commissie")).isVisible();
            Locator work = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Te beoordelen in " + title));
            Locator row = work.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(IKC));
            assertThat(row).containsText("Te beoordelen");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(IKC).setExact(true)).click();
            assertThat(heading(page, "Beoordelen: " + IKC)).isVisible();
            assertThat(page.getByRole(AriaRole.MAIN)).not().containsText("Gerrit Dijkstra");

            // the first score by keyboard: focus 3, arrow to 4
            Locator first = criterion(page, 1);
            first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("3 - voldoende").setExact(true)).focus();
            page.keyboard().press("ArrowRight");
            assertThat(radio(first, "4 - goed")).isChecked();
            field(first, "Motivering bij " + CRITERIA.get(0)).fill("Een gedeelde visie, door het team gedragen.");
            radio(criterion(page, 2), "5 - uitstekend").check();
            button(page, "Concept opslaan").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw concept is opgeslagen");

            // back to the work list and to the draft: what was typed is there
            menu(page, "Start").click();
            row = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Te beoordelen in " + title))
                    .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(IKC));
            assertThat(row).containsText("Concept opgeslagen");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(IKC).setExact(true)).click();
            assertThat(radio(criterion(page, 1), "4 - goed")).isChecked();
            assertThat(radio(criterion(page, 2), "5 - uitstekend")).isChecked();
            assertThat(field(criterion(page, 1), "Motivering bij " + CRITERIA.get(0)))
                    .hasValue("Een gedeelde visie, door het team gedragen.");

            for (int c = 2; c <= CRITERIA.size(); c++) {
                Locator criterion = criterion(page, c);
                if (c > 2) {
                    radio(criterion, "4 - goed").check();
                }
                field(criterion, "Motivering bij " + CRITERIA.get(c - 1)).fill("Zie het plan, onderdeel " + c + ".");
            }
            field(page.getByRole(AriaRole.MAIN), "Voorgesteld bedrag (euro)").fill("20.000,00");
            Locator obligation = page.getByRole(AriaRole.GROUP,
                    new Page.GetByRoleOptions().setName("Inspanningsverplichting 1").setExact(true));
            field(obligation, "Omschrijving").fill("Ouders betrekken bij de ouderkamer");
            field(obligation, "Uiterlijk op").fill(LocalDate.now().plusMonths(9).toString());
            button(page, "Beoordeling indienen").click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw beoordeling is ingediend");
            Locator summary = page.getByRole(AriaRole.TABLE,
                    new Page.GetByRoleOptions().setName("Gewogen score en voorgesteld bedrag per commissielid"));
            assertThat(summary).containsText("Thomas Mulder");
            assertThat(summary).containsText("Gerrit Dijkstra");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling indienen")))
                    .hasCount(0);
            menu(page, "Start").click();
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Te beoordelen in " + title))
                    .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(IKC))).containsText("Beoordeeld op");
            button(page, "Afmelden").click();

            // the projectleider: the round's assessment, the consensus, the advice
            signIn(page, "projectleider");
            page.navigate("/rondes/" + round.id());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beoordeling en toewijzing").setExact(true)).click();
            assertThat(heading(page, "Beoordeling: " + title)).isVisible();
            Locator progress = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Beoordelingen per aanvraag"))
                    .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(IKC));
            assertThat(progress).containsText("nee");
            progress.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(IKC).setExact(true)).click();
            assertThat(heading(page, "Beoordelingen: " + IKC)).isVisible();
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                    .setName("Score per criterium (1-5), gewogen score en voorgesteld bedrag"))).containsText("Thomas Mulder");
            field(page.getByRole(AriaRole.MAIN), "Eindscore (1 tot en met 5)").fill("4");
            field(page.getByRole(AriaRole.MAIN), "Geadviseerd bedrag (euro)").fill("19.000");
            field(page.getByRole(AriaRole.MAIN), "Motivering van de commissie").fill("Sterk plan met draagvlak; begroting iets ruim.");
            button(page, "Consensus vastleggen").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De consensus van de commissie is vastgelegd");
            assertThat(page.locator("#vastgelegde-consensus")).containsText("Eindscore 4");

            page.navigate("/rondes/" + round.id() + "/advies");
            assertThat(heading(page, "Advies aan het college: " + title)).isVisible();
            Locator ranked = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(IKC));
            assertThat(ranked.getByRole(AriaRole.CELL).first()).hasText("1");
            assertThat(ranked).containsText("19.000,00");
            assertEquals(List.of(), visit.problems());
        }
    }


    private static Locator criterion(Page page, int number) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName(number + ". " + CRITERIA.get(number - 1)).setExact(true));
    }

    private static Locator radio(Locator within, String name) {
        return within.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator field(Locator within, String label) {
        return within.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }



}
