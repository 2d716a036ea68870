package nl.ikcregie.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** Who assesses what: every member without a conflict by default, exactly the chosen ones once the projectleider chose. */
@QuarkusTest
class AssignmentResourceTest {

    static String reference(long application) {
        return Sessions.api("projectleider").get("/api/v1/aanvragen/" + application).jsonPath().getString("kenmerk");
    }

    @Test
    void byDefaultEveryMemberWithoutAConflictAssesses() {
        long id = AssessmentResourceTest.assessableApplication("IKC De Terp"); // PCBO, with Sinne as partner
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(200)
                .body("standaard", equalTo(true)).body("versie", equalTo(null))
                .body("commissieleden", hasItems("commissie-bms", "commissie-proloog"))
                .body("commissieleden", not(hasItem("commissie-pcbo")))
                .body("commissieleden", not(hasItem("commissie-sinne")))
                .body("uitgesloten.commissielid", hasItems("commissie-pcbo", "commissie-sinne"))
                .body("uitgesloten.find { it.commissielid == 'commissie-sinne' }.reden", containsString("kinderopvangpartner"));
        Sessions.api("commissie-bms").get("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(403);
        String reference = reference(id);
        Sessions.as(Sessions.login("commissie-bms")).get("/commissie").then().statusCode(200)
                .body(containsString(reference)).body(containsString("/aanvragen/" + id + "/beoordelen"));
    }

    @Test
    void onceChosenOnlyTheChosenMembersAssess() {
        long id = AssessmentResourceTest.assessableApplication("IKC De Boomgaard"); // PCBO
        Sessions.api("projectleider").contentType("application/json").body(Map.of("commissieleden", List.of("commissie-proloog")))
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(200)
                .body("standaard", equalTo(false)).body("commissieleden", equalTo(List.of("commissie-proloog")))
                .body("versie", equalTo(0));
        Sessions.api("commissie-bms").contentType("application/json").body(AssessmentResourceTest.assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("niet aan u toegewezen"));
        String reference = reference(id);
        Sessions.as(Sessions.login("commissie-bms")).get("/commissie").then().statusCode(200)
                .body(not(containsString(reference)));
        Sessions.as(Sessions.login("commissie-bms")).get("/aanvragen/" + id + "/beoordelen").then().statusCode(403);
        Sessions.as(Sessions.login("commissie-proloog")).get("/commissie").then().statusCode(200)
                .body(containsString(reference));
        Sessions.api("commissie-proloog").contentType("application/json").body(AssessmentResourceTest.assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        // a change names its version; a stale one changes nothing
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("commissieleden", List.of("commissie-proloog", "commissie-bms")))
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("versie"));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("commissieleden", List.of("commissie-proloog", "commissie-bms"), "versie", 7))
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(409);
        // who submitted stays assigned
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("commissieleden", List.of("commissie-bms"), "versie", 0))
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(400)
                .body("invalidParams.name", hasItem("commissieleden"))
                .body("invalidParams.reason", hasItem(containsString("al beoordeeld")));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("commissieleden", List.of("commissie-proloog", "commissie-bms"), "versie", 0))
                .header("If-Match", "\"0\"")
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(200)
                .body("commissieleden", equalTo(List.of("commissie-bms", "commissie-proloog")))
                .body("beoordeeld", equalTo(List.of("commissie-proloog"))).body("versie", equalTo(1));
    }

    @Test
    void aMemberWithAConflictOrNoMemberAtAllCannotBeChosen() {
        long id = AssessmentResourceTest.assessableApplication("IKC Sint Maarten"); // BMS, with Sinne as partner
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("commissieleden", List.of("commissie-bms", "commissie-pcbo", "aanvrager-proloog")))
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("commissieleden"))
                .body("invalidParams.reason", hasItem(containsString("eigen organisatie")))
                .body("invalidParams.reason", hasItem(containsString("'aanvrager-proloog' is geen lid")));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("commissieleden", List.of()))
                .put("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(400)
                .body("invalidParams[0].reason", equalTo("Kies ten minste één commissielid."));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/toewijzing").then().statusCode(200)
                .body("standaard", equalTo(true));
        Sessions.api("projectleider").get("/api/v1/aanvragen/999999999/toewijzing").then().statusCode(404);
    }
}
