package nl.ikcregie.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void theMunicipalityAndCommitteeSeeAllOrganisations() {
        Sessions.api("commissie-sinne").get("/api/v1/organisaties").then().statusCode(200)
                .body("findAll { it.naam == 'Gemeente Leeuwarden' }.soort", contains("GEMEENTE"));
    }

    @Test
    void anAanvragerSeesOnlyItsOwnOrganisation() {
        Sessions.api("aanvrager-bms").get("/api/v1/organisaties").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].naam", equalTo("Bisschop Möller Stichting"));
        long proloog = IkcResourceTest.organisationId("Proloog");
        Sessions.api("aanvrager-bms").get("/api/v1/organisaties/" + proloog).then().statusCode(404);
    }

    @Test
    void namesAreUniqueAndKindsKnown() {
        Sessions.api("beheerder").contentType("application/json").body(Map.of("naam", "Proloog", "soort", "ONBEKEND"))
                .post("/api/v1/organisaties").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("naam", "soort"));
    }

    @Test
    void projectleiderAddsAndRenamesAnOrganisation() {
        String name = "Kinderopvang " + UUID.randomUUID();
        long id = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", name, "soort", "KINDEROPVANG")).post("/api/v1/organisaties")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", name + " BV", "soort", "KINDEROPVANG", "versie", 0))
                .put("/api/v1/organisaties/" + id).then().statusCode(200).body("naam", equalTo(name + " BV"));
    }

    @Test
    void aChildcarePartnerCannotBecomeASchoolBoard() {
        long sinne = IkcResourceTest.organisationId("Sinne Kinderopvang");
        long version = Sessions.api("projectleider").get("/api/v1/organisaties/" + sinne).jsonPath().getLong("versie");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "Sinne Kinderopvang", "soort", "ONDERWIJSKOEPEL", "versie", version))
                .put("/api/v1/organisaties/" + sinne).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("soort"));
    }

    @Test
    void anAanvragerMayNotAddOrganisations() {
        int before = Sessions.api("projectleider").get("/api/v1/organisaties").jsonPath().getList("$").size();
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(Map.of("naam", "Nieuw " + UUID.randomUUID(), "soort", "KINDEROPVANG"))
                .post("/api/v1/organisaties").then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/organisaties").then().body("$", hasSize(before));
    }
}
