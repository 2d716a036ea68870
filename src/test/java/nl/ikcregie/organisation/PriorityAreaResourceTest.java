package nl.ikcregie.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PriorityAreaResourceTest {

    @Test
    void everySignedInRoleReadsTheAreas() {
        Sessions.api("aanvrager-bms").get("/api/v1/aandachtsgebieden").then().statusCode(200)
                .body("naam", hasItems("Vrijheidswijk", "Huizum-West", "Heechterp & Schieringen"));
    }

    @Test
    void aValidityPeriodCannotEndBeforeItStarts() {
        Map<String, Object> body = Map.of("naam", "Gebied " + UUID.randomUUID(), "geldigVanaf", "2027-01-01",
                "geldigTot", "2026-12-31");
        Sessions.api("projectleider").contentType("application/json").body(body).post("/api/v1/aandachtsgebieden")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("geldigTot"));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "Gebied " + UUID.randomUUID(), "geldigVanaf", "1-1-2027", "geldigTot", "2028-12-31"))
                .post("/api/v1/aandachtsgebieden").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("geldigVanaf"));
    }

    @Test
    void aReEvaluationExtendsTheValidityAndIsRecorded() {
        String name = "Gebied " + UUID.randomUUID();
        long id = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", name, "geldigVanaf", "2025-01-01", "geldigTot", "2026-12-31"))
                .post("/api/v1/aandachtsgebieden").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", name, "geldigVanaf", "2025-01-01", "geldigTot", "2028-12-31", "versie", 0))
                .put("/api/v1/aandachtsgebieden/" + id).then().statusCode(200).body("geldigTot", equalTo("2028-12-31"));
        Sessions.as(Sessions.login("projectleider")).get("/aandachtsgebieden/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("geldig tot: 2026-12-31 → 2028-12-31"));
    }

    @Test
    void aCommissielidMayNotChangeAnArea() {
        long id = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden").jsonPath().getLong("[0].id");
        Map<String, Object> before = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden/" + id).jsonPath()
                .getMap("$");
        Sessions.api("commissie-bms").contentType("application/json")
                .body(Map.of("naam", "Gekaapt", "geldigVanaf", "2025-01-01", "geldigTot", "2026-12-31", "versie",
                        before.get("versie")))
                .put("/api/v1/aandachtsgebieden/" + id).then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/aandachtsgebieden/" + id).then()
                .body("naam", equalTo(before.get("naam")));
    }
}
