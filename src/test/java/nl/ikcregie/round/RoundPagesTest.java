package nl.ikcregie.round;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoundPagesTest {

    @Test
    void theProjectleiderPreparesARoundInTheForm() {
        String session = Sessions.login("projectleider");
        int year = Rounds.freshYear();
        String location = Sessions.formPost(session, "/rondes/nieuw")
                .formParam("jaar", year).formParam("titel", "Formulierronde " + year)
                .formParam("subsidieplafond", "750.000,00").formParam("maximumSoort", "VAST")
                .formParam("maximumPerIkc", "50.000")
                .formParam("openingsmoment", year + "-01-15T09:00").formParam("sluitingsmoment", year + "-03-31T17:00")
                .formParam("beslisdatum", year + "-06-15").formParam("beslistermijnWeken", "8")
                .formParam("criteria[0].naam", "Visie").formParam("criteria[0].gewicht", "60")
                .formParam("criteria[1].naam", "Haalbaarheid").formParam("criteria[1].gewicht", "40")
                .formParam("voorrangsregels[0].soort", "VOORRANG_VERLENGDE_LEERTIJD")
                .post("/rondes").then().statusCode(303).extract().header("Location");
        Sessions.as(session).get(location).then().statusCode(200)
                .body(containsString("€\u00a0750.000,00")).body(containsString("Haalbaarheid"))
                .body(containsString("15 januari " + year + " om 09:00"));
    }

    @Test
    void anInvalidRoundFormShowsErrorsBesideTheFields() {
        String session = Sessions.login("projectleider");
        Sessions.formPost(session, "/rondes/nieuw").formParam("jaar", "twee").formParam("titel", "")
                .post("/rondes").then().statusCode(400)
                .body(containsString("id=\"jaar-fout\""))
                .body(containsString("id=\"titel-fout\">Vul dit veld in."))
                .body(containsString("Geef ten minste één beoordelingscriterium met een gewicht."));
    }

    @Test
    void onlyTheProjectleiderOpensTheForm() {
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/rondes/nieuw").then().statusCode(403);
        Sessions.as(Sessions.login("bestuurder")).get("/rondes/nieuw").then().statusCode(403);
    }

    @Test
    void aCeilingCorrectionShowsInTheHistory() {
        long id = Rounds.open(Rounds.freshYear());
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("versie", 1, "subsidieplafond", "850000", "reden", "Collegebesluit: extra middelen"))
                .post("/api/v1/subsidierondes/" + id + "/plafondcorrecties").then().statusCode(200);
        Sessions.as(Sessions.login("projectleider")).get("/rondes/" + id).then().statusCode(200)
                .body(containsString("Collegebesluit: extra middelen"))
                .body(containsString("Plafond gecorrigeerd"));
    }
}
