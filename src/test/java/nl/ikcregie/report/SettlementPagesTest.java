package nl.ikcregie.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettlementPagesTest {

    @Test
    void theProjectleiderSettlesFromTheProposalAndTheSchoolBoardReadsIt() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp"); // PCBO
        long application = round.application("IKC De Terp");
        long report = SettlementFixtures.approvedReport(application, "24500");
        String page = "/jaarrapportages/" + report + "/vaststelling";
        String projectleider = Sessions.login("projectleider");

        // the form, prefilled with the proposal and what it means
        Sessions.as(projectleider).get(page).then().statusCode(200)
                .body(containsString("name=\"vastgesteldBedrag\""))
                .body(containsString("value=\"24.500,00\"")).body(containsString("value=\"30.000,00\""))
                .body(containsString("€\u00a05.500,00"));
        // the school board sees that it is not settled yet, without the form
        String board = Sessions.login("aanvrager-pcbo");
        Sessions.as(board).get(page).then().statusCode(200).body(containsString("nog niet vastgesteld"))
                .body(not(containsString("name=\"vastgesteldBedrag\"")));

        // above the grant: the form again with the message beside the field
        Sessions.formPost(projectleider, page).formParam("vastgesteldBedrag", "30.000,01")
                .formParam("betaaldeVoorschotten", "30.000,00").formParam("motivering", "")
                .formParam("vaststellingsdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString())
                .post(page).then().statusCode(400).body(containsString("id=\"vastgesteldBedrag-fout\""))
                .body(containsString("ten hoogste het verleende bedrag")).body(containsString("value=\"30.000,01\""));
        // lower without a reason
        Sessions.formPost(projectleider, page).formParam("vastgesteldBedrag", "24.500,00")
                .formParam("betaaldeVoorschotten", "30.000,00").formParam("motivering", "")
                .formParam("vaststellingsdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString())
                .post(page).then().statusCode(400).body(containsString("id=\"motivering-fout\""));

        Sessions.formPost(projectleider, page).formParam("vastgesteldBedrag", "24.500,00")
                .formParam("betaaldeVoorschotten", "30.000,00")
                .formParam("motivering", "De zomeractiviteiten gingen niet door.")
                .formParam("vaststellingsdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString())
                .post(page).then().statusCode(303).header("Location", endsWith(page + "?melding=vastgesteld"));

        Sessions.as(projectleider).get(page + "?melding=vastgesteld").then().statusCode(200)
                .body(containsString("De subsidie is vastgesteld")).body(containsString("€\u00a05.500,00"))
                .body(containsString("/vaststelling.pdf")).body(not(containsString("name=\"vastgesteldBedrag\"")));
        Sessions.as(board).get(page).then().statusCode(200).body(containsString("€\u00a024.500,00"))
                .body(containsString("€\u00a05.500,00")).body(containsString("De zomeractiviteiten gingen niet door."));

        // recorded in the application's history
        Sessions.as(projectleider).get("/aanvragen/" + application).then().statusCode(200)
                .body(containsString("Vastgesteld op €\u00a024.500,00"));

        // another board does not see it, the commissie may not open it
        Sessions.as(Sessions.login("aanvrager-proloog")).get(page).then().statusCode(404);
        Sessions.as(Sessions.login("commissie-bms")).get(page).then().statusCode(403);
    }
}
