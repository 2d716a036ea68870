package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.ikcregie.Rounds;
import org.junit.jupiter.api.Test;

/**
 * The start of a round in a real browser: the projectleider prepares it in the form, opens it, and
 * closes it early with a reason, after which the round leads to the assessment and the advice. The
 * rest of the way (scores and consensus, advice and decision) is in AssessmentJourneyTest and
 * DecisionJourneyTest, which start from a closed round.
 */
@QuarkusTest
class RoundJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void theProjectleiderPreparesOpensAndClosesARound() {
        int year = Rounds.freshYear();
        String title = "Journeyronde " + year;
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(ChronoUnit.MINUTES);

        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signIn(page, "projectleider");
            menu(page, "Rondes").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ronde voorbereiden").setExact(true)).click();
            assertThat(heading(page, "Ronde voorbereiden")).isVisible();
            field(page, "Jaar (verplicht)").fill(String.valueOf(year));
            field(page, "Titel (verplicht)").fill(title);
            field(page, "Subsidieplafond (euro) (verplicht)").fill("500.000,00");
            field(page, "Vast maximum per IKC (euro)").fill("50.000,00");
            field(page, "Open voor aanvragen vanaf (verplicht)").fill(now.minusDays(1).format(MINUTES));
            field(page, "Aanvragen indienen tot (verplicht)").fill(now.plusDays(30).format(MINUTES));
            field(page, "Besluit college uiterlijk op (verplicht)").fill(now.plusDays(90).toLocalDate().toString());
            field(page, "Criterium 1").fill("Gedeelde visie");
            field(page, "Gewicht criterium 1").fill("60");
            field(page, "Criterium 2").fill("Haalbaarheid");
            field(page, "Gewicht criterium 2").fill("40");
            button(page, "Opslaan").click();

            assertThat(heading(page, title)).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De ronde is als concept aangemaakt");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("500.000,00");
            button(page, "Ronde openen").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De ronde is geopend");

            field(page, "Reden om vóór de gepubliceerde sluiting te sluiten").fill("Het plafond is bereikt");
            button(page, "Ronde sluiten").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De ronde is gesloten");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beoordeling en toewijzing")
                    .setExact(true))).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advies aan het college").setExact(true))
                    .click();
            assertThat(heading(page, "Advies aan het college: " + title)).isVisible();
            assertEquals(List.of(), visit.problems());
        }
    }

    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
