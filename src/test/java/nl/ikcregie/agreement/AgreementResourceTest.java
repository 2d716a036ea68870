package nl.ikcregie.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementResourceTest {

    static final String API = "/api/v1/resultaatafspraken";

    static JsonPath get(String user, long id) {
        return Sessions.api(user).get(API + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theNinePlusIkcsHaveAnAgreedAgreementThreeAtVersionTwo() {
        List<Map<String, Object>> all = Sessions.api("projectleider").get(API).then().statusCode(200)
                .header("API-Version", "1.0.0").extract().jsonPath().getList("$");
        for (String name : List.of("IKC Montessori/Eestroom", "IKC Aventurijn", "IKC Plataan", "OBS Potmarge",
                "IKC het Palet", "IKC Prins Maurits", "IKC Prins Constantijn", "IKC de Kinderkoepel", "IKC Franciscus")) {
            Map<String, Object> a = all.stream().filter(x -> name.equals(x.get("ikcNaam"))).findFirst().orElseThrow();
            assertTrue(a.get("akkoordVersie") != null, name);
        }
        JsonPath plataan = get("projectleider", ((Number) all.stream()
                .filter(x -> "IKC Plataan".equals(x.get("ikcNaam"))).findFirst().orElseThrow().get("id")).longValue());
        assertEquals(2, plataan.getInt("akkoordVersie"));
        assertEquals(3, plataan.getList("partijen").size());
        assertEquals(4, plataan.getList("evaluaties").size());
        // the totals of the demo add up: per party per year sums to each year's total and to the grand total
        List<Map<String, Object>> perPartyYear = plataan.getList("huidigeVersie.totalen.perPartijPerJaar");
        BigDecimal sum = perPartyYear.stream().map(m -> new BigDecimal(m.get("bedrag").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(new BigDecimal(plataan.getString("huidigeVersie.totalen.totaal"))));
        Sessions.api("ontwikkelgroep").get(API + "/" + plataan.getLong("id") + "/verschillen?van=1&naar=2").then()
                .statusCode(200).body("formatie[0].functie", equalTo("JEUGDONDERSTEUNER_VVE"))
                .body("bijdragen.partij", hasItem("GEMEENTE"));
    }

    @Test
    void aSchoolBoardSeesOnlyItsOwnAgreementsAndTheCommissieNone() {
        List<Map<String, Object>> pcbo = Sessions.api("aanvrager-pcbo").get(API).then().statusCode(200).extract()
                .jsonPath().getList("$");
        long pcboId = Fixtures.organisationId("PCBO e.o.");
        assertTrue(pcbo.size() >= 3);
        assertTrue(pcbo.stream().allMatch(a -> ((Number) a.get("onderwijskoepelId")).longValue() == pcboId));
        long proloogAgreement = AgreementFixtures.draft();
        Sessions.api("aanvrager-pcbo").get(API + "/" + proloogAgreement).then().statusCode(404);
        Sessions.api("aanvrager-bms").get(API + "/" + proloogAgreement + "/versies/1").then().statusCode(404);
        Sessions.api("aanvrager-pcbo").get(API + "/" + proloogAgreement + "/verschillen?van=1&naar=1").then()
                .statusCode(404);
        Sessions.api("aanvrager-proloog").get(API + "/" + proloogAgreement).then().statusCode(200);
        Sessions.api("aanvrager-sinne").get(API + "/" + proloogAgreement).then().statusCode(200);
        Sessions.api("commissie-proloog").get(API).then().statusCode(403);
        Sessions.api("commissie-proloog").get(API + "/" + proloogAgreement).then().statusCode(403);
        Sessions.api("commissie-proloog").get("/api/v1/organisaties/" + Fixtures.organisationId("Proloog")
                + "/toezeggingen").then().statusCode(403);
    }

    @Test
    void onlyAPlusIkcGetsAnAgreementWithItsOwnChildcarePartnerAndOnlyOnce() {
        long regular = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.categorie == 'REGULIER' }.id");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ikcId", regular, "kinderopvangId", Fixtures.organisationId("Sinne Kinderopvang")))
                .post(API).then().statusCode(400).body("invalidParams.name", hasItem("ikcId"));
        long ikc = AgreementFixtures.plusIkc("PCBO e.o.", "Sinne Kinderopvang");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ikcId", ikc, "kinderopvangId", Fixtures.organisationId("Stichting Kinderopvang Friesland")))
                .post(API).then().statusCode(400).body("invalidParams.name", hasItem("kinderopvangId"));
        Map<String, Object> ok = Map.of("ikcId", ikc, "kinderopvangId", Fixtures.organisationId("Sinne Kinderopvang"));
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(ok).post(API).then().statusCode(403);
        Sessions.api("projectleider").contentType("application/json").body(ok).post(API).then().statusCode(201)
                .body("versie", equalTo(1)).body("status", equalTo("CONCEPT")).body("ikcId", equalTo((int) ikc))
                .body("huidigeVersie.inhoud.formatie", hasSize(4));
        Sessions.api("projectleider").contentType("application/json").body(ok).post(API).then().statusCode(409);
    }

    @Test
    void consentByAnyoneNotAPartyIsRefusedAndNothingIsStored() {
        long id = AgreementFixtures.draft(); // Proloog with Sinne
        // another school board does not see the agreement: 404, as when it reads it
        for (String user : List.of("aanvrager-pcbo", "aanvrager-bms")) {
            Sessions.api(user).contentType("application/json").body(Map.of("versie", 1))
                    .post(API + "/" + id + "/instemmingen").then().statusCode(404);
        }
        for (String user : List.of("bestuurder", "ontwikkelgroep")) {
            Sessions.api(user).contentType("application/json").body(Map.of("versie", 1))
                    .post(API + "/" + id + "/instemmingen").then().statusCode(403);
        }
        Sessions.api("commissie-sinne").contentType("application/json").body(Map.of("versie", 1))
                .post(API + "/" + id + "/instemmingen").then().statusCode(403);
        JsonPath after = get("projectleider", id);
        assertEquals(List.of(false, false, false), after.getList("partijen.ingestemd"));
        assertEquals(0, after.getList("huidigeVersie.instemmingen").size());
    }

    @Test
    void theThreePartiesConsentAndTheAgreedVersionNeverChanges() {
        long id = AgreementFixtures.draft();
        Sessions.api("projectleider").contentType("application/json")
                .body(AgreementFixtures.content(1, AgreementFixtures.revision(id), "45000")).put(API + "/" + id).then()
                .statusCode(200).body("huidigeVersie.totalen.totaal", equalTo(146000.5f));
        AgreementFixtures.consent("aanvrager-sinne", id, 1);
        AgreementFixtures.consent("projectleider", id, 1);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 1))
                .post(API + "/" + id + "/instemmingen").then().statusCode(409);
        AgreementFixtures.consent("aanvrager-proloog", id, 1);
        JsonPath agreed = get("bestuurder", id);
        assertEquals("AKKOORD", agreed.getString("status"));
        assertEquals(List.of("Pieter Projectleider", "Anke de Vries (Proloog)", "Sietske Postma (Sinne)"),
                agreed.getList("partijen.ingestemdDoor"));
        Sessions.api("projectleider").contentType("application/json")
                .body(AgreementFixtures.content(1, agreed.getLong("revisie"), "1")).put(API + "/" + id).then()
                .statusCode(409).contentType("application/problem+json");
        assertEquals(0, new BigDecimal(get("projectleider", id).getString("huidigeVersie.inhoud.bijdragen[0].bedrag"))
                .compareTo(new BigDecimal("45000")));
    }

    @Test
    void editingAfterAConsentVoidsItAndAStaleRevisionIsAConflict() {
        long id = AgreementFixtures.draft();
        long rev = AgreementFixtures.revision(id);
        AgreementFixtures.consent("projectleider", id, 1);
        long afterConsent = AgreementFixtures.revision(id);
        Sessions.api("projectleider").contentType("application/json")
                .body(AgreementFixtures.content(1, rev, "45000")).put(API + "/" + id).then().statusCode(409);
        Sessions.api("projectleider").contentType("application/json").body(AgreementFixtures.content(2, afterConsent,
                "45000")).put(API + "/" + id).then().statusCode(409);
        Sessions.api("projectleider").contentType("application/json")
                .header("If-Match", "\"1." + afterConsent + "\"")
                .body(Map.of("bijdragen", List.of(Map.of("partij", "GEMEENTE", "bron", "OAB", "jaar", 2024,
                        "bedrag", "1000")))).put(API + "/" + id).then().statusCode(200)
                .body("partijen.ingestemd", equalTo(List.of(false, false, false)));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 1, "revisie", AgreementFixtures.revision(id), "bijdragen",
                        List.of(Map.of("partij", "GEMEENTE", "bron", "OAB", "jaar", 2031, "bedrag", "12,500.50"))))
                .put(API + "/" + id).then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("bijdragen[0].jaar", "bijdragen[0].bedrag")));
    }

    @Test
    void anAmendmentCreatesVersionTwoAndTheDifferenceIsReported() {
        long id = AgreementFixtures.draft();
        Sessions.api("projectleider").contentType("application/json")
                .body(AgreementFixtures.content(1, AgreementFixtures.revision(id), "45000")).put(API + "/" + id).then()
                .statusCode(200);
        for (String user : List.of("projectleider", "aanvrager-proloog", "aanvrager-sinne")) {
            AgreementFixtures.consent(user, id, 1);
        }
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 1))
                .post(API + "/" + id + "/wijzigingen").then().statusCode(400).body("invalidParams.name", hasItem("reden"));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 1, "reden", "Evaluatie 2025: meer VVE"))
                .post(API + "/" + id + "/wijzigingen").then().statusCode(200)
                .body("versie", equalTo(2)).body("status", equalTo("CONCEPT")).body("akkoordVersie", equalTo(1));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 1, "reden", "nog een"))
                .post(API + "/" + id + "/wijzigingen").then().statusCode(409);
        Sessions.api("projectleider").contentType("application/json")
                .body(AgreementFixtures.content(2, AgreementFixtures.revision(id), "52500")).put(API + "/" + id).then()
                .statusCode(200);
        JsonPath diff = Sessions.api("aanvrager-proloog").get(API + "/" + id + "/verschillen?van=1&naar=2").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, diff.getList("bijdragen").size());
        assertEquals("GEMEENTE", diff.getString("bijdragen[0].partij"));
        assertEquals("OAB", diff.getString("bijdragen[0].bron"));
        assertEquals(2024, diff.getInt("bijdragen[0].jaar"));
        assertEquals(45000f, diff.getFloat("bijdragen[0].oud"));
        assertEquals(52500f, diff.getFloat("bijdragen[0].nieuw"));
        assertEquals(7500f, diff.getFloat("bijdragen[0].verschil"));
        Sessions.api("aanvrager-sinne").get(API + "/" + id + "/versies/1").then().statusCode(200)
                .body("status", equalTo("AKKOORD")).body("inhoud.bijdragen[0].bedrag", equalTo(45000f));
        Sessions.api("projectleider").get(API + "/" + id + "/versies/3").then().statusCode(404);
        Sessions.api("projectleider").get(API + "/" + id + "/verschillen?van=1&naar=9").then().statusCode(400);
    }

    @Test
    void aYearlyEvaluationThatLeadsToAnAmendmentStartsTheNextVersion() {
        long id = AgreementFixtures.draft();
        for (String user : List.of("projectleider", "aanvrager-proloog", "aanvrager-sinne")) {
            AgreementFixtures.consent(user, id, 1);
        }
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("jaar", 2024, "toelichting", "Op koers.", "leidtTotWijziging", false))
                .post(API + "/" + id + "/evaluaties").then().statusCode(200).body("versie", equalTo(1));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("jaar", 2024, "toelichting", "Nogmaals."))
                .post(API + "/" + id + "/evaluaties").then().statusCode(400).body("invalidParams.name", hasItem("jaar"));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("jaar", 2025, "toelichting", "Meer peuters: uitbreiden.", "leidtTotWijziging", true))
                .post(API + "/" + id + "/evaluaties").then().statusCode(200).body("versie", equalTo(2))
                .body("status", equalTo("CONCEPT")).body("evaluaties[0].jaar", equalTo(2025));
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(Map.of("jaar", 2026, "toelichting", "x")).post(API + "/" + id + "/evaluaties").then()
                .statusCode(403);
    }

    @Test
    void anOrganisationsCommitmentsAddUpAcrossItsAgreements() {
        long sinne = Fixtures.organisationId("Sinne Kinderopvang");
        JsonPath overview = Sessions.api("aanvrager-sinne").get("/api/v1/organisaties/" + sinne + "/toezeggingen")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(overview.getList("afspraken").size() >= 7);
        BigDecimal perYear = overview.getList("perJaar.bedrag").stream().map(o -> new BigDecimal(o.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perAgreement = overview.getList("afspraken.totaal").stream().map(o -> new BigDecimal(o.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = new BigDecimal(overview.getString("totaal"));
        assertEquals(0, perYear.compareTo(total));
        assertEquals(0, perAgreement.compareTo(total));
        assertTrue(overview.getList("afspraken.partij").stream().allMatch("KINDEROPVANG"::equals));
        Sessions.api("aanvrager-pcbo").get("/api/v1/organisaties/" + sinne + "/toezeggingen").then().statusCode(404);
        Sessions.api("projectleider").get("/api/v1/organisaties/" + Fixtures.organisationId("Proloog") + "/toezeggingen")
                .then().statusCode(200).body("naam", equalTo("Proloog"));
        Sessions.api("projectleider").get("/api/v1/organisaties/" + sinne).then().statusCode(200)
                .body("naam", equalTo("Sinne Kinderopvang"));
    }
}
