package nl.ikcregie.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsensusResourceTest {

    @Test
    void theProjectleiderRecordsTheConsensusAndTheAdviceFollowsIt() {
        long id = AssessmentResourceTest.assessableApplication("IKC Sint Ludger"); // BMS, with Sinne as partner
        Map<String, Object> consensus = Map.of("eindscore", "4,5", "geadviseerdBedrag", "12.000",
                "motivering", "Sterk plan; begroting aan de ruime kant.");
        Sessions.api("projectleider").contentType("application/json").body(consensus)
                .put("/api/v1/aanvragen/" + id + "/consensus").then().statusCode(400)
                .body("invalidParams.name", hasItem("eindscore"));
        Sessions.api("commissie-proloog").contentType("application/json").body(AssessmentResourceTest.assessment(4, "15000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        Sessions.api("commissie-pcbo").contentType("application/json").body(AssessmentResourceTest.assessment(2, "9000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/consensus").then().statusCode(200)
                .body("aantalBeoordelingen", equalTo(2)).body("laagsteScore", equalTo(2.00f))
                .body("hoogsteScore", equalTo(4.00f)).body("eindscore", equalTo(null));
        Sessions.api("commissie-proloog").contentType("application/json").body(consensus)
                .put("/api/v1/aanvragen/" + id + "/consensus").then().statusCode(403);
        Sessions.api("projectleider").contentType("application/json").body(consensus)
                .put("/api/v1/aanvragen/" + id + "/consensus").then().statusCode(200)
                .body("eindscore", equalTo(4.50f)).body("geadviseerdBedrag", equalTo(12000.00f))
                .body("versie", equalTo(0));
        Sessions.api("projectleider").contentType("application/json").body(consensus)
                .put("/api/v1/aanvragen/" + id + "/consensus").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("versie"));
        long round = Sessions.api("projectleider").get("/api/v1/aanvragen/" + id).jsonPath().getLong("subsidierondeId");
        JsonPath advice = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round + "/advies").jsonPath();
        Map<String, Object> item = advice.getMap("items.find { it.aanvraagId == " + id + " }");
        org.junit.jupiter.api.Assertions.assertEquals(4.5f, ((Number) item.get("gewogenScore")).floatValue());
        org.junit.jupiter.api.Assertions.assertTrue(((Number) item.get("geadviseerdBedrag")).floatValue() <= 12000f);
    }
}
