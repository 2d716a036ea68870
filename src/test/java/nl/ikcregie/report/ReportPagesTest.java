package nl.ikcregie.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** The yearly report pages: the list per year, starting, the form with its errors and conflict, the review forms. */
@QuarkusTest
class ReportPagesTest {

    @Test
    void aSchoolBoardStartsFillsInAndFilesAReportAndTheProjectleiderReviewsIt() {
        String name = "IKC de Kinderkoepel"; // a PCBO Plus-IKC; 2028 is within its predicaat and agreement
        int year = 2028;
        long ikc = ReportResourceTest.ikcId(name);
        String board = Sessions.login("aanvrager-pcbo");
        Sessions.as(board).get("/jaarrapportages?jaar=" + year).then().statusCode(200)
                .body(containsString(name)).body(containsString("Niet gestart")).body(containsString("Rapportage starten"))
                .body(not(containsString("IKC Plataan")));
        String location = Sessions.formPost(board, "/jaarrapportages?jaar=" + year).formParam("ikcId", ikc)
                .formParam("jaar", year).post("/jaarrapportages").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/jaarrapportages/(\\d+)/bewerken.*", "$1"));
        String edit = "/jaarrapportages/" + id + "/bewerken";
        Sessions.as(board).get(edit).then().statusCode(200).body(containsString("Concept opslaan"))
                .body(containsString("Indienen")).body(containsString("name=\"check.indicatoren[0].gerealiseerd\""))
                .body(containsString("name=\"check.zelfevaluatie[11].niveau\"")).body(containsString("<legend"))
                .body(containsString("streefwaarde " + year));
        // an invalid value: the form again with the message beside the field and what was typed
        Sessions.formPost(board, edit).formParam("versie", 0).formParam("actie", "opslaan")
                .formParam("uitvoering.tekst", "Spreekuur pedagoog elke week")
                .formParam("check.indicatoren[0].gerealiseerd", "veel")
                .post(edit).then().statusCode(400).body(containsString("Vul een getal van nul of meer in"))
                .body(containsString("aria-invalid=\"true\"")).body(containsString("Spreekuur pedagoog elke week"));
        Sessions.formPost(board, edit).formParam("versie", 0).formParam("actie", "opslaan")
                .formParam("uitvoering.tekst", "Spreekuur pedagoog elke week")
                .formParam("check.indicatoren[0].gerealiseerd", "84,5")
                .post(edit).then().statusCode(303).header("Location", containsString(edit + "?melding=opgeslagen"));
        Sessions.as(board).get(edit + "?melding=opgeslagen").then().statusCode(200)
                .body(containsString("84,50")).body(containsString("Spreekuur pedagoog elke week"));
        // a save based on the old version: the conflict view keeps what was typed
        Sessions.formPost(board, edit).formParam("versie", 0).formParam("actie", "opslaan")
                .formParam("uitvoering.tekst", "Tekst uit het tweede tabblad")
                .post(edit).then().statusCode(409).body(containsString("intussen gewijzigd"))
                .body(containsString("Tekst uit het tweede tabblad"));
        // filing an incomplete report: saved, and every missing field named beside it
        Sessions.formPost(board, edit).formParam("versie", 1).formParam("actie", "indienen")
                .formParam("uitvoering.tekst", "Spreekuur pedagoog elke week")
                .formParam("act.tekst", "Meer inloop voor ouders")
                .post(edit).then().statusCode(400).body(containsString("Het formulier is nog niet goed ingevuld"))
                .body(containsString("Kies het niveau van criterium 12")).body(containsString("Meer inloop voor ouders"));
        Sessions.as(board).get("/jaarrapportages/" + id).then().statusCode(200).body(containsString("Meer inloop voor ouders"))
                .body(containsString("Concept")).body(not(containsString("Goedkeuren")));

        // the other parts through the API, then filing through the form
        Map<String, Object> rest = ReportPagesFixture.completePlus(id);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(rest).put("/api/v1/jaarrapportages/" + id)
                .then().statusCode(200);
        long version = Sessions.api("aanvrager-pcbo").get("/api/v1/jaarrapportages/" + id).jsonPath().getLong("versie");
        Sessions.formPost(board, edit).formParam("versie", version).formParam("actie", "indienen")
                .post(edit).then().statusCode(303).header("Location", containsString("melding=ingediend"));
        Sessions.as(board).get(edit).then().statusCode(409);

        String lead = Sessions.login("projectleider");
        long submitted = Sessions.api("projectleider").get("/api/v1/jaarrapportages/" + id).jsonPath().getLong("versie");
        String page = "/jaarrapportages/" + id;
        Sessions.as(lead).get(page).then().statusCode(200).body(containsString("Wijziging vragen"))
                .body(containsString("Goedkeuren")).body(containsString("Gerealiseerd")).body(containsString("Plan"))
                .body(containsString("Geschiedenis"));
        Sessions.formPost(lead, page).formParam("versie", submitted).formParam("reden", "")
                .post(page + "/wijzigingsverzoek").then().statusCode(400).body(containsString("Vul dit veld in."));
        Sessions.formPost(lead, page).formParam("versie", submitted).formParam("toelichting", "Mooi jaar.")
                .post(page + "/goedkeuring").then().statusCode(303).header("Location", containsString("melding=goedgekeurd"));
        Sessions.as(lead).get(page + "?melding=goedgekeurd").then().statusCode(200)
                .body(containsString("Goedgekeurd")).body(containsString("Mooi jaar.")).body(not(containsString("Wijziging vragen")));
        Sessions.as(Sessions.login("aanvrager-proloog")).get(page).then().statusCode(404);
        Sessions.as(Sessions.login("bestuurder")).get(page).then().statusCode(403);
    }

    @Test
    void theMenuAndTheApplicantsStartPageLeadToTheReports() {
        Sessions.as(Sessions.login("aanvrager-bms")).get("/aanvrager").then().statusCode(200)
                .body(containsString("href=\"/jaarrapportages\"")).body(containsString("Jaarrapportages"));
        Sessions.as(Sessions.login("projectleider")).get("/jaarrapportages").then().statusCode(200)
                .body(containsString("Jaarrapportages 2026")).body(containsString("IKC Franciscus"));
        Sessions.as(Sessions.login("bestuurder")).get("/").then().body(not(containsString("href=\"/jaarrapportages\"")));
    }
}
