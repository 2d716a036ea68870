package nl.ikcregie.round;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoundResourceTest {

    @Test
    void theProjectleiderPreparesAndOpensARound() {
        Map<String, Object> body = Rounds.body(Rounds.freshYear(), "750.000,00", null);
        long id = Sessions.api("projectleider").contentType("application/json").body(body)
                .post("/api/v1/subsidierondes").then().statusCode(201)
                .body("status", equalTo("CONCEPT")).body("subsidieplafond", equalTo(750000.00f))
                .body("maximumPerIkc", equalTo(50000.00f)).body("maximumSoort", equalTo("VAST"))
                .body("criteria.naam", hasItem("Visie en profiel"))
                .body("voorrangsregels[0].parameter", equalTo("70"))
                .extract().jsonPath().getLong("id");
        // an aanvrager does not see a concept round
        Sessions.api("aanvrager-proloog").get("/api/v1/subsidierondes/" + id).then().statusCode(404);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/subsidierondes/" + id + "/opening").then().statusCode(200)
                .body("status", equalTo("OPEN"));
        Sessions.api("aanvrager-proloog").get("/api/v1/subsidierondes/" + id).then().statusCode(200);
        // money and rules are fixed once open
        body.put("versie", 1);
        body.put("subsidieplafond", "800000");
        Sessions.api("projectleider").contentType("application/json").body(body)
                .put("/api/v1/subsidierondes/" + id).then().statusCode(409);
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + id).then()
                .body("subsidieplafond", equalTo(750000.00f));
    }

    @Test
    void aRoundNamesEveryInvalidField() {
        Map<String, Object> body = Rounds.body(Rounds.freshYear(), "-5", "abc");
        body.put("sluitingsmoment", "2020-01-01T00:00:00Z");
        body.put("criteria", java.util.List.of(Map.of("naam", "", "gewicht", 0)));
        Sessions.api("projectleider").contentType("application/json").body(body).post("/api/v1/subsidierondes")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("subsidieplafond", "maximumPerIkc", "sluitingsmoment",
                        "criteria[0].naam", "criteria[0].gewicht"));
    }

    @Test
    void closingBeforeThePublishedMomentNeedsAReason() {
        long id = Rounds.open(Rounds.freshYear());
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/subsidierondes/" + id + "/sluiting").then().statusCode(409);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 1, "reden", "Collegebesluit: ronde vervroegd gesloten"))
                .post("/api/v1/subsidierondes/" + id + "/sluiting").then().statusCode(200)
                .body("status", equalTo("GESLOTEN"));
    }

    @Test
    void aCeilingCannotBeLoweredOnceApplicationsAreInNorGoBelowTheMaximum() {
        long id = Rounds.open(Rounds.freshYear());
        long ikc = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath().getLong("find { it.naam == 'IKC Plataan' }.id");
        long application = Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("ikcId", ikc))
                .post("/api/v1/subsidierondes/" + id + "/aanvragen").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("versie", 1, "subsidieplafond", "40000", "reden", "x"))
                .post("/api/v1/subsidierondes/" + id + "/plafondcorrecties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("subsidieplafond"));
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(nl.ikcregie.application.ApplicationResourceTest.content(application, 0, "10000"))
                .put("/api/v1/aanvragen/" + application).then().statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + application + "/indiening").then().statusCode(200);
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("versie", 1, "subsidieplafond", "700000", "reden", "Bezuiniging"))
                .post("/api/v1/subsidierondes/" + id + "/plafondcorrecties").then().statusCode(409);
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + id).then()
                .body("subsidieplafond", equalTo(750000.00f));
    }

    @Test
    void onlyTheProjectleiderManagesRounds() {
        for (String user : new String[] { "aanvrager-proloog", "commissie-pcbo", "beheerder", "bestuurder" }) {
            Sessions.api(user).contentType("application/json").body(Rounds.body(Rounds.freshYear(), "1000", "100"))
                    .post("/api/v1/subsidierondes").then().statusCode(403);
        }
    }

    @Test
    void theCollegeRaisesTheCeilingWithAReasonAndItIsRecorded() {
        long id = Rounds.open(Rounds.freshYear());
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("versie", 1, "subsidieplafond", "850000", "reden", "Collegebesluit: extra middelen"))
                .post("/api/v1/subsidierondes/" + id + "/plafondcorrecties").then().statusCode(200)
                .body("subsidieplafond", equalTo(850000.00f));
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("versie", 2, "subsidieplafond", "800000"))
                .post("/api/v1/subsidierondes/" + id + "/plafondcorrecties").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reden"));
        Sessions.api("aanvrager-bms").contentType("application/json")
                .body(Map.of("versie", 2, "subsidieplafond", "900000", "reden", "x"))
                .post("/api/v1/subsidierondes/" + id + "/plafondcorrecties").then().statusCode(403);
    }
}
