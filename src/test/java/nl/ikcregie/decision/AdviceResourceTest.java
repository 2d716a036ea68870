package nl.ikcregie.decision;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdviceResourceTest {

    @Test
    void theDemoRoundsAdviceStaysWithinTheCeilingAndTheMaximum() {
        long round = Sessions.api("projectleider").get("/api/v1/subsidierondes").jsonPath()
                .getLong("find { it.titel == 'Subsidieronde 2026' }.id");
        JsonPath advice = Sessions.api("bestuurder").get("/api/v1/subsidierondes/" + round + "/advies").then()
                .statusCode(200).body("items", hasSize(29))
                .body("items.geadviseerdBedrag", everyItem(lessThanOrEqualTo(50000.0f)))
                .extract().jsonPath();
        BigDecimal total = new BigDecimal(advice.getString("totaalGeadviseerd"));
        assertTrue(total.compareTo(new BigDecimal("750000")) <= 0, "total " + total);
        List<Integer> ranks = advice.getList("items.rang");
        assertTrue(ranks.get(0) == 1 && ranks.get(28) == 29);
        BigDecimal inAreas = new BigDecimal(advice.getString("totaalInAandachtsgebieden"));
        // the nine Plus-IKCs ask 434,000 in all, less than the 70% share (525,000): they are honoured in full
        assertTrue(inAreas.compareTo(new BigDecimal("434000")) >= 0, "in aandachtsgebieden " + inAreas);
    }

    @Test
    void theAdvicePageShowsTheRankingAndTheTotalsPerGroup() {
        long round = Sessions.api("projectleider").get("/api/v1/subsidierondes").jsonPath()
                .getLong("find { it.titel == 'Subsidieronde 2026' }.id");
        Sessions.as(Sessions.login("bestuurder")).get("/rondes/" + round + "/advies").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Gerangschikte aanvragen"))
                .body(org.hamcrest.Matchers.containsString("Per schoolbestuur"))
                .body(org.hamcrest.Matchers.containsString("Bisschop Möller Stichting"))
                .body(org.hamcrest.Matchers.containsString("A. Plus-IKC"));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/rondes/" + round + "/advies").then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round + "/advies").then()
                .body("perCategorie.groep", org.hamcrest.Matchers.hasItem("A. Plus-IKC"));
    }

    @Test
    void anOpenRoundHasNoAdviceYetAndOthersMayNotSeeIt() {
        long open = Rounds.open(Rounds.freshYear());
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + open + "/advies").then().statusCode(409);
        Sessions.api("aanvrager-proloog").get("/api/v1/subsidierondes/" + open + "/advies").then().statusCode(403);
        Sessions.api("commissie-bms").get("/api/v1/subsidierondes/" + open + "/advies").then().statusCode(403);
    }
}
