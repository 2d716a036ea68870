package nl.ikcregie.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** The yearly report over the API: who must report, the prefilled Plan, draft, submission and review, and denials. */
@QuarkusTest
class ReportResourceTest {

    static long ikcId(String name) {
        return Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath().getLong("find { it.naam == '" + name + "' }.id");
    }

    static JsonPath start(String user, long ikc, int year, int status) {
        return Sessions.api(user).contentType("application/json").body(Map.of("ikcId", ikc, "jaar", year))
                .post("/api/v1/jaarrapportages").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void thePlanOfAPlusIkcHoldsTheAgreementsTargetsOfThatYear() {
        String name = "IKC Prins Maurits"; // amended in 2026: its version 2 raised the targets from 2026 on
        int year = 2027;
        long ikc = ikcId(name);
        long agreementId = Sessions.api("projectleider").get("/api/v1/resultaatafspraken").jsonPath()
                .getLong("find { it.ikcNaam == '" + name + "' }.id");
        JsonPath agreement = Sessions.api("projectleider").get("/api/v1/resultaatafspraken/" + agreementId).jsonPath();
        int agreedVersion = agreement.getInt("akkoordVersie");
        assertEquals(2, agreedVersion);
        // the expected Plan, computed from the agreement's own representation
        List<String> names = new ArrayList<>();
        List<Float> targets = new ArrayList<>();
        List<Map<String, Object>> goals = agreement.getList("huidigeVersie.inhoud.doelen");
        for (Map<String, Object> goal : goals) {
            for (Object o : (List<?>) goal.get("indicatoren")) {
                Map<?, ?> indicator = (Map<?, ?>) o;
                names.add((String) indicator.get("naam"));
                for (Object t : (List<?>) indicator.get("streefwaarden")) {
                    Map<?, ?> target = (Map<?, ?>) t;
                    if (((Number) target.get("jaar")).intValue() == year) {
                        targets.add(((Number) target.get("waarde")).floatValue());
                    }
                }
            }
        }
        Map<String, BigDecimal> perParty = new TreeMap<>();
        for (Map<String, Object> c : agreement.<Map<String, Object>>getList("huidigeVersie.inhoud.bijdragen")) {
            if (((Number) c.get("jaar")).intValue() == year) {
                perParty.merge((String) c.get("partij"), new BigDecimal(c.get("bedrag").toString()), BigDecimal::add);
            }
        }

        JsonPath report = start("aanvrager-pcbo", ikc, year, 201);
        assertEquals("CONCEPT", report.getString("status"));
        assertEquals(agreedVersion, report.getInt("plan.afspraakVersie"));
        assertEquals(year + 1 + "-04-01", report.getString("uiterlijkOp"));
        assertEquals(names, report.getList("plan.streefwaarden.indicator"));
        assertEquals(targets, report.getList("plan.streefwaarden.streefwaarde"));
        assertEquals(targets, report.getList("check.indicatoren.streefwaarde"));
        assertTrue(targets.contains(93.0f), "the amended target of 2027, not the original 90: " + targets);
        assertEquals(new ArrayList<>(perParty.keySet()), report.getList("check.bestedingPerPartij.partij"));
        for (Map.Entry<String, BigDecimal> e : perParty.entrySet()) {
            assertEquals(0, e.getValue().compareTo(new BigDecimal(report.getString(
                    "check.bestedingPerPartij.find { it.partij == '" + e.getKey() + "' }.afgesproken"))), e.getKey());
        }
        assertEquals(List.of("JEUGDONDERSTEUNER", "JEUGDONDERSTEUNER_VVE", "PEDAGOOG_GGD", "PROCESBEGELEIDER",
                "PROCESBEGELEIDER"), report.getList("check.formatie.rol"));
        assertEquals(20.0f, report.getFloat("check.formatie[1].afgesprokenUren"));
        assertEquals(12, report.getList("check.zelfevaluatie").size());
        // the childcare party of the agreement reads it; the list of due reports shows it started
        long id = report.getLong("id");
        Sessions.api("aanvrager-sinne").get("/api/v1/jaarrapportages/" + id).then().statusCode(200);
        Sessions.api("aanvrager-sinne").get("/api/v1/jaarrapportages?jaar=" + year).then().statusCode(200)
                .body("id", hasItem((int) id));
        Sessions.api("aanvrager-sinne").get("/api/v1/jaarrapportages").then().statusCode(200)
                .body("id", hasItem((int) id));
        Sessions.api("aanvrager-bms").get("/api/v1/jaarrapportages").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        Sessions.api("aanvrager-sinne").contentType("application/json").body(Map.of("versie", 0))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/verplicht?jaar=" + year).then().statusCode(200)
                .body("find { it.ikcNaam == '" + name + "' }.status", equalTo("CONCEPT"))
                .body("find { it.ikcNaam == '" + name + "' }.rapportageId", equalTo((int) id))
                .body("find { it.ikcNaam == 'IKC Franciscus' }.plusIkc", equalTo(true));
        // one report per IKC per year
        start("projectleider", ikc, year, 409);
    }

    @Test
    void aSubsidisedReportIsPrefilledDraftedSubmittedSentBackAndApproved() {
        // an IKC without any report yet, so that the previous levels come from its application
        List<Integer> reported = Sessions.api("projectleider").get("/api/v1/jaarrapportages").jsonPath().getList("ikcId");
        JsonPath ikcs = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath();
        String name = ikcs.<Map<String, Object>>getList("$").stream()
                .filter(i -> !"PLUS".equals(i.get("categorie")) && !reported.contains(i.get("id")))
                .map(i -> (String) i.get("naam")).filter(n -> !n.equals("IKC De Tsjotter") && !n.equals("IKC It Bolwurk"))
                .findFirst().orElseThrow();
        GrantedRounds.GrantedRound round = GrantedRounds.of("100000", name);
        String applicant = ClosedRounds.applicantOf(name);
        String otherBoard = applicant.equals("aanvrager-pcbo") ? "aanvrager-bms" : "aanvrager-pcbo";
        long ikc = ikcId(name);
        JsonPath application = Sessions.api("projectleider").get("/api/v1/aanvragen/" + round.application(name))
                .jsonPath();

        // an IKC without a grant that year (and no predicaat) does not report; nobody but board or projectleider starts
        start("projectleider", ikcId("IKC It Bolwurk"), round.year(), 409);
        start("commissie-bms", ikc, round.year(), 403);
        start(otherBoard, ikc, round.year(), 404);

        JsonPath report = start(applicant, ikc, round.year(), 201);
        long id = report.getLong("id");
        assertEquals(30000.0f, report.getFloat("plan.toegekendBedrag"));
        assertEquals(List.of("Een gezamenlijk ouderprogramma van school en opvang"),
                report.getList("check.inspanningsverplichtingen.omschrijving"));
        assertEquals(nl.ikcregie.GrantedRounds.obligationDue(round.year()).toString(), report.getString("check.inspanningsverplichtingen[0].deadline"));
        assertEquals(application.getList("zelfevaluatie.huidigNiveau"), report.getList("check.zelfevaluatie.vorigNiveau"));
        assertTrue(report.getString("plan.tekst").contains(application.getString("plan.wat").strip()));
        assertEquals(List.of(), report.getList("check.indicatoren"));
        assertEquals(round.year() + 1 + "-04-01", report.getString("uiterlijkOp"));

        // a draft is saved, resumed, and a stale version changes nothing
        Sessions.api(applicant).contentType("application/json")
                .body(Map.of("versie", 0, "uitvoering", Map.of("tekst", "Ouderprogramma gestart.")))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(200)
                .body("uitvoering.tekst", equalTo("Ouderprogramma gestart.")).body("versie", equalTo(1));
        Sessions.api(applicant).contentType("application/json")
                .body(Map.of("versie", 0, "uitvoering", Map.of("tekst", "Overschreven?")))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(409);
        Sessions.api(applicant).get("/api/v1/jaarrapportages/" + id).then().statusCode(200)
                .body("uitvoering.tekst", equalTo("Ouderprogramma gestart.")).body("versie", equalTo(1));
        Sessions.api(applicant).contentType("application/json")
                .body(Map.of("versie", 1, "check", Map.of("subsidieBesteed", "twintig")))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(400)
                .body("invalidParams.name", hasItem("check.subsidieBesteed"));

        // submitting an incomplete report names every missing field at once
        List<String> missing = Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/jaarrapportages/" + id + "/indiening").then().statusCode(400).extract().jsonPath()
                .getList("invalidParams.name");
        assertTrue(missing.containsAll(List.of("act.tekst", "check.subsidieBesteed", "check.zelfevaluatie[0].niveau",
                "check.zelfevaluatie[11].niveau", "check.inspanningsverplichtingen[0].status")), missing.toString());
        assertFalse(missing.contains("uitvoering.tekst"));
        assertFalse(missing.contains("act.wijzigingsvoorstel"));

        Sessions.api(applicant).contentType("application/json").body(complete(1, "27.500,00"))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(200)
                .body("check.subsidieBesteed", equalTo(27500.0f));
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 2))
                .post("/api/v1/jaarrapportages/" + id + "/indiening").then().statusCode(400)
                .body("invalidParams.name", hasItems("check.toelichtingBesteding",
                        "check.inspanningsverplichtingen[0].toelichting"));
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 2, "check", Map.of(
                "toelichtingBesteding", "Een activiteit viel lager uit.", "inspanningsverplichtingen",
                List.of(Map.of("status", "DEELS_NAGEKOMEN", "toelichting", "Drie van de vier bijeenkomsten.")))))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(200);
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 3))
                .post("/api/v1/jaarrapportages/" + id + "/indiening").then().statusCode(200)
                .body("status", equalTo("INGEDIEND")).body("ingediendDoor", equalTo(applicant));

        // denials: nothing changes
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 4))
                .post("/api/v1/jaarrapportages/" + id + "/goedkeuring").then().statusCode(403);
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 4, "act", Map.of("tekst", "x")))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(409);
        Sessions.api(otherBoard).get("/api/v1/jaarrapportages/" + id).then().statusCode(404);
        Sessions.api(otherBoard).contentType("application/json").body(Map.of("versie", 4))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(404);
        Sessions.api("commissie-bms").get("/api/v1/jaarrapportages/" + id).then().statusCode(404);
        Sessions.api("commissie-bms").contentType("application/json").body(Map.of("versie", 4))
                .post("/api/v1/jaarrapportages/" + id + "/goedkeuring").then().statusCode(403);
        Sessions.api("bestuurder").get("/api/v1/jaarrapportages/" + id).then().statusCode(403);
        Sessions.api(otherBoard).get("/api/v1/jaarrapportages?jaar=" + round.year()).then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        Sessions.api("beheerder").get("/api/v1/jaarrapportages/" + id).then().statusCode(200);
        Sessions.api("beheerder").contentType("application/json").body(Map.of("versie", 4))
                .post("/api/v1/jaarrapportages/" + id + "/goedkeuring").then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/" + id).then()
                .body("status", equalTo("INGEDIEND")).body("versie", equalTo(4));

        // sent back: a reason is required
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 4))
                .post("/api/v1/jaarrapportages/" + id + "/wijzigingsverzoek").then().statusCode(400)
                .body("invalidParams.name", hasItem("reden"));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 4, "reden", "Licht de lagere besteding per activiteit toe."))
                .post("/api/v1/jaarrapportages/" + id + "/wijzigingsverzoek").then().statusCode(200)
                .body("status", equalTo("WIJZIGING_GEVRAAGD"))
                .body("beoordeling", equalTo("Licht de lagere besteding per activiteit toe."));
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 5, "check",
                Map.of("toelichtingBesteding", "De voorstelling voor ouders (2.500) ging niet door.")))
                .put("/api/v1/jaarrapportages/" + id).then().statusCode(200);
        Sessions.api(applicant).contentType("application/json").body(Map.of("versie", 6))
                .post("/api/v1/jaarrapportages/" + id + "/indiening").then().statusCode(200);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 7, "toelichting", "Akkoord; vaststelling volgt."))
                .post("/api/v1/jaarrapportages/" + id + "/goedkeuring").then().statusCode(200)
                .body("status", equalTo("GOEDGEKEURD")).body("beoordeeldDoor", equalTo("projectleider"));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 8))
                .post("/api/v1/jaarrapportages/" + id + "/goedkeuring").then().statusCode(409);
        Sessions.api(applicant).get("/api/v1/jaarrapportages?jaar=" + round.year()).then().statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("GOEDGEKEURD"));
        Sessions.api(applicant).get("/api/v1/jaarrapportages/verplicht?jaar=" + round.year()).then().statusCode(200)
                .body("ikcNaam", hasItem(name)).body("find { it.ikcNaam == '" + name + "' }.gesubsidieerd", equalTo(true));

        // the history on the report page, with the reason
        String page = Sessions.as(Sessions.login("projectleider")).get("/jaarrapportages/" + id).then().statusCode(200)
                .extract().asString();
        for (String entry : List.of("Aangemaakt", "Concept opgeslagen", "Ingediend", "Wijziging gevraagd",
                "Licht de lagere besteding per activiteit toe.", "Goedgekeurd", "Akkoord; vaststelling volgt.")) {
            assertTrue(page.contains(entry), entry);
        }
    }

    @Test
    void unknownReportsAndMissingInputAreAnsweredPlainly() {
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/999999").then().statusCode(404);
        Sessions.api("projectleider").contentType("application/json").body(Map.of())
                .post("/api/v1/jaarrapportages").then().statusCode(400)
                .body("invalidParams.name", hasItems("ikcId", "jaar"));
        Sessions.api("ontwikkelgroep").get("/api/v1/jaarrapportages").then().statusCode(403);
        Sessions.api("commissie-pcbo").get("/api/v1/jaarrapportages").then().statusCode(200).body("$", hasSize(0));
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/verplicht").then().statusCode(200)
                .body("[0].jaar", equalTo(2026)).body("find { it.status == 'NIET_GESTART' }.rapportageId", nullValue());
    }

    @Test
    void theDemoYearHasReportsInEveryState() {
        List<String> states = Sessions.api("projectleider").get("/api/v1/jaarrapportages/verplicht?jaar=2026").then()
                .statusCode(200).extract().jsonPath().getList("status");
        for (String state : List.of("NIET_GESTART", "CONCEPT", "INGEDIEND", "WIJZIGING_GEVRAAGD", "GOEDGEKEURD")) {
            assertTrue(states.contains(state), state + " in " + states);
        }
        // of the reports started (other tests designate Plus-IKCs that then must report for 2026 too), most are approved
        long started = states.stream().filter(s -> !"NIET_GESTART".equals(s)).count();
        long approved = states.stream().filter("GOEDGEKEURD"::equals).count();
        assertTrue(approved * 2 > started, "most are approved: " + states);
        JsonPath any = Sessions.api("projectleider").get("/api/v1/jaarrapportages?jaar=2026").jsonPath();
        long id = any.getLong("find { it.status == 'GOEDGEKEURD' }.id");
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/" + id).then().statusCode(200)
                .body("uitvoering.tekst", not(nullValue())).body("check.zelfevaluatie.niveau", not(hasItem(nullValue())));
        // some approved grants are settled already, never above the grant
        long settled = 0;
        for (Object approvedId : any.getList("findAll { it.status == 'GOEDGEKEURD' }.id")) {
            io.restassured.response.Response settlement = Sessions.api("projectleider")
                    .get("/api/v1/jaarrapportages/" + approvedId + "/vaststelling");
            if (settlement.statusCode() == 200) {
                settled++;
                assertTrue(settlement.jsonPath().getDouble("vastgesteldBedrag") <= settlement.jsonPath()
                        .getDouble("toegekendBedrag"));
            }
        }
        assertTrue(settled > 0, "the demo settles some approved grants");
    }

    /** Everything a report without indicators or spending needs, spending {@code spent}. */
    static Map<String, Object> complete(long version, String spent) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int c = 1; c <= 12; c++) {
            levels.add(Map.of("criterium", String.valueOf(c), "niveau", c <= 3 ? "HAND_IN_HAND" : "FACE_TO_FACE"));
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("subsidieBesteed", spent);
        check.put("zelfevaluatie", levels);
        check.put("inspanningsverplichtingen", List.of(Map.of("status", "DEELS_NAGEKOMEN")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versie", version);
        body.put("check", check);
        body.put("act", Map.of("tekst", "Volgend jaar een vaste ouderavond per kwartaal.", "wijzigingsvoorstel", ""));
        return body;
    }
}
