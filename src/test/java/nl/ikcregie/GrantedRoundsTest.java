package nl.ikcregie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The fixture grants what it says: the applications are TOEGEKEND with the consensus' obligation. */
@QuarkusTest
class GrantedRoundsTest {

    @Test
    void aGrantedRoundHasADecisionInForcePerApplication() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp", "IKC Sint Jozef");
        for (String ikc : round.applications().keySet()) {
            JsonPath application = Sessions.api("projectleider").get("/api/v1/aanvragen/" + round.application(ikc))
                    .jsonPath();
            assertEquals("TOEGEKEND", application.getString("status"), ikc);
            JsonPath decision = Sessions.api("projectleider").get("/api/v1/besluiten/" + round.decision(ikc)).jsonPath();
            assertEquals(30000.0f, decision.getFloat("toegekendBedrag"));
            assertEquals(1, decision.getList("inspanningsverplichtingen").size());
            assertEquals((round.year() + 1) + "-04-01", decision.getString("vaststellingAanvragenUiterlijk"));
        }
    }
}
