package nl.ikcregie.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** The advice, decision and letter pages: forms with Dutch messages, and who may see what. */
@QuarkusTest
class DecisionPagesTest {

    @Test
    void theProjectleiderAdjustsAndEstablishesAndTheCollegeDecidesThroughThePages() {
        ClosedRounds.ClosedRound round = DecisionResourceTest.assessedRound();
        long jozef = round.application("IKC Sint Jozef");
        String projectleider = Sessions.login("projectleider");
        String advicePage = "/rondes/" + round.id() + "/advies";

        Sessions.formPost(projectleider, advicePage).formParam("aanvraagId", String.valueOf(jozef))
                .formParam("bedrag", "veel").formParam("reden", "")
                .post(advicePage + "/aanpassing").then().statusCode(400)
                .body(containsString("id=\"bedrag-fout\"")).body(containsString("id=\"reden-fout\""));
        Sessions.formPost(projectleider, advicePage).formParam("aanvraagId", String.valueOf(jozef))
                .formParam("bedrag", "25.000,00").formParam("reden", "Kleiner beginnen met de ouderkamer")
                .post(advicePage + "/aanpassing").then().statusCode(303);
        Sessions.as(projectleider).get(advicePage).then().statusCode(200)
                .body(containsString("Aangepast door de projectleider:</strong> Kleiner beginnen met de ouderkamer"))
                .body(containsString("Advies vaststellen"));
        // the college reads the advice but adjusts nothing
        String bestuurder = Sessions.login("bestuurder");
        Sessions.as(bestuurder).get(advicePage).then().statusCode(200).body(not(containsString("Aanpassing opslaan")));
        Sessions.formPost(bestuurder, advicePage).formParam("aanvraagId", String.valueOf(jozef))
                .formParam("bedrag", "1000").formParam("reden", "x")
                .post(advicePage + "/aanpassing").then().statusCode(403);

        long version = DecisionResourceTest.roundVersion(round.id());
        Sessions.formPost(projectleider, advicePage).formParam("versie", String.valueOf(version - 1))
                .post(advicePage + "/vaststellen").then().statusCode(409);
        Sessions.formPost(projectleider, advicePage).formParam("versie", String.valueOf(version))
                .post(advicePage + "/vaststellen").then().statusCode(303);
        Sessions.as(bestuurder).get(advicePage).then().body(containsString("Vastgesteld"))
                .body(not(containsString("Advies vaststellen")));

        String decisionsPage = "/rondes/" + round.id() + "/besluiten";
        Sessions.formPost(bestuurder, decisionsPage).formParam("besluitdatum", "morgen")
                .post(decisionsPage).then().statusCode(400).body(containsString("id=\"besluitdatum-fout\""));
        Sessions.formPost(bestuurder, decisionsPage).formParam("besluitdatum", DecisionResourceTest.TODAY)
                .post(decisionsPage).then().statusCode(303);
        Sessions.as(bestuurder).get(decisionsPage).then().statusCode(200).body(containsString("Deels toegekend"))
                .body(containsString("€\u00a025.000,00"));

        String letters = "/aanvragen/" + jozef + "/besluiten";
        Sessions.as(Sessions.login("aanvrager-bms")).get(letters).then().statusCode(200)
                .body(containsString("Beschikking")).body(containsString("Bezwaar mogelijk tot en met"))
                .body(not(containsString("Bezwaar registreren")));
        Sessions.as(Sessions.login("aanvrager-pcbo")).get(letters).then().statusCode(404);
        Sessions.as(Sessions.login("commissie-proloog")).get(letters).then().statusCode(403);
        Sessions.as(Sessions.login("aanvrager-bms")).get(decisionsPage).then().statusCode(403);
    }

    @Test
    void theProjectleiderRegistersAndDecidesAnObjectionOnThePage() {
        ClosedRounds.ClosedRound round = DecisionResourceTest.assessedRound();
        long tsjotter = round.application("IKC De Tsjotter");
        DecisionResourceTest.establish(round);
        Sessions.api("bestuurder").contentType("application/json")
                .body(java.util.Map.of("besluitdatum", DecisionResourceTest.TODAY))
                .post("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(200);
        long decision = Sessions.api("projectleider").get("/api/v1/aanvragen/" + tsjotter + "/besluiten").jsonPath()
                .getLong("[0].id");
        String projectleider = Sessions.login("projectleider");
        String page = "/aanvragen/" + tsjotter + "/besluiten";
        Sessions.formPost(projectleider, page).formParam("ontvangenOp", DecisionResourceTest.TODAY)
                .formParam("indiener", "").formParam("samenvatting", "Te weinig toegekend")
                .post(page + "/" + decision + "/bezwaren").then().statusCode(400)
                .body(containsString("id=\"indiener-fout\""));
        Sessions.formPost(projectleider, page).formParam("ontvangenOp", DecisionResourceTest.TODAY)
                .formParam("indiener", "Proloog").formParam("samenvatting", "Te weinig toegekend")
                .post(page + "/" + decision + "/bezwaren").then().statusCode(303);
        long objection = Sessions.api("projectleider").get("/api/v1/besluiten/" + decision + "/bezwaren").jsonPath()
                .getLong("[0].id");
        Sessions.formPost(projectleider, page).formParam("versie", "0").formParam("uitkomst", "ONGEGROND")
                .formParam("datum", DecisionResourceTest.TODAY).formParam("motivering", "De verdeling volgt de rangorde.")
                .post(page + "/bezwaren/" + objection + "/beslissing").then().statusCode(303);
        Sessions.as(projectleider).get(page).then().body(containsString("Ongegrond op"));
        Sessions.api("projectleider").get("/api/v1/bezwaren/" + objection).then().body("uitkomst", equalTo("ONGEGROND"));
    }
}
