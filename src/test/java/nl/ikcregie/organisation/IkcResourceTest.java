package nl.ikcregie.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IkcResourceTest {

    static long organisationId(String name) {
        return Fixtures.organisationId(name);
    }

    static Map<String, Object> newIkc(String name) {
        return Map.of("naam", name, "organisatieId", organisationId("Proloog"), "categorie", "REGULIER",
                "kinderopvangIds", List.of(organisationId("Sinne Kinderopvang")), "wijk", "Zuiderburen");
    }

    static long create(String name) {
        return Sessions.api("projectleider").contentType("application/json").body(newIkc(name))
                .post("/api/v1/ikcs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static int ikcCount() {
        return Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath().getList("$").size();
    }

    @Test
    void projectleiderCreatesAnIkcAndReadsItBack() {
        String name = "IKC Test " + UUID.randomUUID();
        JsonPath created = Sessions.api("projectleider").contentType("application/json").body(newIkc(name))
                .post("/api/v1/ikcs")
                .then().statusCode(201).header("Location", containsString("/api/v1/ikcs/"))
                .header("API-Version", "1.0.0")
                .body("naam", equalTo(name)).body("categorie", equalTo("REGULIER"))
                .body("aandachtsgebiedId", equalTo(null)).body("versie", equalTo(0))
                .extract().jsonPath();
        Sessions.api("bestuurder").get("/api/v1/ikcs/" + created.getLong("id"))
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("organisatieId", equalTo((int) organisationId("Proloog")))
                .body("kinderopvangIds", contains((int) organisationId("Sinne Kinderopvang")));
    }

    @Test
    void aMissingNameIsAProblemNamingTheField() {
        Map<String, Object> body = Map.of("organisatieId", organisationId("Proloog"), "categorie", "PLUS");
        int before = ikcCount();
        Sessions.api("projectleider").contentType("application/json").body(body).post("/api/v1/ikcs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", notNullValue())
                .body("invalidParams.name", containsInAnyOrder("naam", "aandachtsgebiedId", "kinderopvangIds"))
                .body("invalidParams.reason", hasItem("Vul dit veld in."));
        org.junit.jupiter.api.Assertions.assertEquals(before, ikcCount());
    }

    @Test
    void aSchoolBoardMustBeAnOnderwijskoepelAndPartnersChildcare() {
        Map<String, Object> body = Map.of("naam", "IKC Verkeerd " + UUID.randomUUID(),
                "organisatieId", organisationId("Sinne Kinderopvang"), "categorie", "REGULIER",
                "kinderopvangIds", List.of(organisationId("Proloog")));
        Sessions.api("projectleider").contentType("application/json").body(body).post("/api/v1/ikcs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("organisatieId", "kinderopvangIds"));
    }

    @Test
    void anIkcHasAChildcarePartnerAndAPlusIkcLiesInAnArea() {
        // a regular IKC may lie in an aandachtsgebied (it becomes Plus-IKC only by a designation); a Plus-IKC must
        long area = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden").jsonPath().getLong("[0].id");
        Map<String, Object> body = Map.of("naam", "IKC Zonder Partner " + UUID.randomUUID(),
                "organisatieId", organisationId("Proloog"), "categorie", "REGULIER", "aandachtsgebiedId", area);
        Sessions.api("projectleider").contentType("application/json").body(body).post("/api/v1/ikcs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("kinderopvangIds"));
        Map<String, Object> plus = Map.of("naam", "IKC Zonder Gebied " + UUID.randomUUID(),
                "organisatieId", organisationId("Proloog"), "categorie", "PLUS");
        Sessions.api("projectleider").contentType("application/json").body(plus).post("/api/v1/ikcs")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("kinderopvangIds", "aandachtsgebiedId"));
    }

    @Test
    void anAanvragerCannotChangeAnIkcThroughTheApi() {
        String name = "IKC Onveranderd " + UUID.randomUUID();
        long id = create(name);
        Map<String, Object> update = new java.util.HashMap<>(newIkc(name + " gewijzigd"));
        update.put("versie", 0);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(update).put("/api/v1/ikcs/" + id)
                .then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/ikcs/" + id).then().body("naam", equalTo(name))
                .body("versie", equalTo(0));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        Sessions.api("projectleider").contentType("application/json").body("{\"naam\": ").log().ifValidationFails()
                .post("/api/v1/ikcs")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("body"))
                .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void onlyBeheerderAndProjectleiderMayCreate() {
        int before = ikcCount();
        for (String user : List.of("aanvrager-proloog", "commissie-pcbo", "bestuurder", "ontwikkelgroep")) {
            Sessions.api(user).contentType("application/json").body(newIkc("IKC Mag Niet " + user))
                    .post("/api/v1/ikcs").then().statusCode(403).contentType("application/problem+json");
        }
        Sessions.api("beheerder").contentType("application/json").body(newIkc("IKC Beheer " + UUID.randomUUID()))
                .post("/api/v1/ikcs").then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, ikcCount());
    }

    @Test
    void anAanvragerSeesOnlyTheIkcsOfItsOwnOrganisation() {
        List<Map<String, Object>> own = Sessions.api("aanvrager-pcbo").get("/api/v1/ikcs").jsonPath().getList("$");
        long pcbo = organisationId("PCBO e.o.");
        org.junit.jupiter.api.Assertions.assertFalse(own.isEmpty());
        org.hamcrest.MatcherAssert.assertThat(own.stream().map(i -> ((Number) i.get("organisatieId")).longValue())
                .toList(), everyItem(equalTo(pcbo)));
        long proloogIkc = create("IKC Van Proloog " + UUID.randomUUID());
        Sessions.api("aanvrager-pcbo").get("/api/v1/ikcs/" + proloogIkc).then().statusCode(404)
                .contentType("application/problem+json");
        Sessions.api("aanvrager-proloog").get("/api/v1/ikcs/" + proloogIkc).then().statusCode(200);
        // the childcare partner sees the IKCs it works in
        Sessions.api("aanvrager-sinne").get("/api/v1/ikcs/" + proloogIkc).then().statusCode(200);
    }

    @Test
    void theCategoryOfAnIkcWithThePredicaatFollowsThePredicaat() {
        long plataan = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == 'IKC Plataan' }.id");
        Map<String, Object> ikc = Sessions.api("projectleider").get("/api/v1/ikcs/" + plataan).jsonPath().getMap("$");
        Map<String, Object> update = new java.util.HashMap<>(ikc);
        update.put("categorie", "REGULIER");
        Sessions.api("projectleider").contentType("application/json").body(update).put("/api/v1/ikcs/" + plataan)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("categorie"));
        Sessions.api("projectleider").get("/api/v1/ikcs/" + plataan).then().body("categorie", equalTo("PLUS"))
                .body("versie", equalTo(ikc.get("versie")));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String name = "IKC Versie " + UUID.randomUUID();
        long id = create(name);
        Map<String, Object> update = new java.util.HashMap<>(newIkc(name + " nieuw"));
        update.put("versie", 0);
        Sessions.api("projectleider").contentType("application/json").body(update).put("/api/v1/ikcs/" + id)
                .then().statusCode(200).body("versie", equalTo(1)).body("naam", equalTo(name + " nieuw"));
        update.put("naam", name + " overschreven");
        Sessions.api("projectleider").contentType("application/json").body(update).put("/api/v1/ikcs/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        Sessions.api("projectleider").get("/api/v1/ikcs/" + id).then().body("naam", equalTo(name + " nieuw"))
                .body("versie", equalTo(1));
    }

    @Test
    void ifMatchCarriesTheVersionAndAMissingVersionIsInvalid() {
        String name = "IKC IfMatch " + UUID.randomUUID();
        long id = create(name);
        Sessions.api("projectleider").contentType("application/json").body(newIkc(name + " zonder versie"))
                .put("/api/v1/ikcs/" + id).then().statusCode(400).body("invalidParams[0].name", equalTo("versie"));
        Sessions.api("projectleider").contentType("application/json").header("If-Match", "\"0\"")
                .body(newIkc(name + " met If-Match")).put("/api/v1/ikcs/" + id).then().statusCode(200);
    }

    @Test
    void unknownIkcIsNotFound() {
        Sessions.api("projectleider").get("/api/v1/ikcs/999999").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
