package nl.ikcregie.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** Assessments of ontvankelijk applications in closed rounds of their own. */
@QuarkusTest
class AssessmentResourceTest {

    /** An ontvankelijk application of the IKC in a closed round of its own. */
    static long assessableApplication(String ikc) {
        return ClosedRounds.of("750000", ikc).application(ikc);
    }

    static Map<String, Object> assessment(int score, String amount) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            scores.add(Map.of("criterium", c, "score", score, "motivering", "Onderbouwd in het plan, punt " + c));
        }
        return Map.of("scores", scores, "voorgesteldBedrag", amount, "inspanningsverplichtingen",
                List.of(Map.of("omschrijving", "Ouderbetrokkenheid vergroten", "deadline",
                        LocalDate.now().plusMonths(6).toString())));
    }

    @Test
    void aMemberNeverAssessesAnApplicationOfTheirOwnOrganisation() {
        long id = assessableApplication("IKC De Terp"); // PCBO, with Sinne as partner
        Sessions.api("commissie-pcbo").contentType("application/json").body(assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(403)
                .contentType("application/problem+json");
        Sessions.api("commissie-sinne").contentType("application/json").body(assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(403);
        Sessions.api("commissie-pcbo").get("/api/v1/aanvragen/" + id).then().statusCode(404);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void membersScoreIndependentlyAndSeeOthersOnlyAfterTheirOwn() {
        long id = assessableApplication("IKC It Bolwurk"); // Proloog, with Sinne as partner
        Sessions.api("commissie-bms").contentType("application/json").body(assessment(4, "25000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201)
                .body("gewogenScore", equalTo(4.00f)).body("voorgesteldBedrag", equalTo(25000.00f));
        Sessions.api("commissie-pcbo").get("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body("$", hasSize(0));
        Sessions.api("commissie-pcbo").contentType("application/json").body(assessment(3, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        Sessions.api("commissie-pcbo").get("/api/v1/aanvragen/" + id + "/beoordelingen").then()
                .body("$", hasSize(2)).body("commissielid", hasItem("commissie-bms"));
        Sessions.api("commissie-pcbo").contentType("application/json").body(assessment(5, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(409);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id).then().body("status", equalTo("IN_BEOORDELING"));
    }

    @Test
    void everyCriterionIsScoredOneToFiveWithAMotivation() {
        long id = assessableApplication("IKC De Wielewaal"); // BMS
        Map<String, Object> body = new java.util.HashMap<>(assessment(4, "999999"));
        body.put("scores", List.of(Map.of("criterium", 1, "score", 6, "motivering", ""),
                Map.of("criterium", 2, "score", 3, "motivering", "ok")));
        Sessions.api("commissie-proloog").contentType("application/json").body(body)
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(400)
                .body("invalidParams.name", hasItem("scores[0].score"))
                .body("invalidParams.name", hasItem("scores[0].motivering"))
                .body("invalidParams.name", hasItem("scores"))
                .body("invalidParams.name", hasItem("voorgesteldBedrag"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/beoordelingen").then().body("$", hasSize(0));
    }

    @Test
    void aDeclaredConflictKeepsTheMemberAway() {
        long id = assessableApplication("IKC De Boomgaard"); // PCBO
        Sessions.api("commissie-bms").contentType("application/json").body(Map.of("reden", "Mijn kind zit op deze school"))
                .post("/api/v1/aanvragen/" + id + "/belangenverstrengeling").then().statusCode(204);
        Sessions.api("commissie-bms").contentType("application/json").body(assessment(4, "10000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(403);
        Sessions.api("commissie-bms").get("/api/v1/aanvragen/" + id).then().statusCode(404);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(assessment(4, "10000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(403);
    }
}
