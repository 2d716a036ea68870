package nl.ikcregie.designation;

import static nl.ikcregie.designation.PlusDesignationFixtures.areaAndIkc;
import static nl.ikcregie.designation.PlusDesignationFixtures.category;
import static nl.ikcregie.designation.PlusDesignationFixtures.granted;
import static nl.ikcregie.designation.PlusDesignationFixtures.meet;
import static nl.ikcregie.designation.PlusDesignationFixtures.propose;
import static nl.ikcregie.designation.PlusDesignationFixtures.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ikcregie.Sessions;
import nl.ikcregie.TestClock;
import nl.ikcregie.shared.ClockProducer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlusDesignationResourceTest {

    static LocalDate today() {
        return LocalDate.now(ClockProducer.AMSTERDAM);
    }

    @Test
    void aDesignationCannotBeGrantedWithAnUnmetConditionWithoutAnException() {
        long ikc = areaAndIkc()[1];
        long id = propose(ikc);
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then().statusCode(200)
                .body("status", equalTo("VOORGESTELD")).body("voorwaarden", hasSize(11))
                .body("voorwaarden[0].tekst", containsString("innovatieve directie"))
                .body("aantalVoorwaardenVoldaan", equalTo(0));
        meet(id, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Map<String, Object> grant = Map.of("besluitdatum", today().toString(), "geldigVanaf", today().toString(),
                "versie", version(id));
        Sessions.api("projectleider").contentType("application/json").body(grant)
                .post("/api/v1/plus-predicaten/" + id + "/toekenning").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("uitzonderingsmotivering"))
                .body("invalidParams.find { it.name == 'uitzonderingsmotivering' }.reason", containsString("11"));
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then()
                .body("status", equalTo("VOORGESTELD")).body("geldigVanaf", nullValue());
        assertEquals("REGULIER", category(ikc));

        Map<String, Object> withException = Map.of("besluitdatum", today().toString(), "geldigVanaf",
                today().toString(), "uitzonderingsmotivering", "Functiehuis volgt in de werkgroep; college besluit toch",
                "versie", version(id));
        Sessions.api("bestuurder").contentType("application/json").body(withException)
                .post("/api/v1/plus-predicaten/" + id + "/toekenning").then().statusCode(200)
                .body("status", equalTo("TOEGEKEND"))
                .body("uitzonderingsmotivering", containsString("Functiehuis"))
                .body("vorigeCategorie", equalTo("REGULIER"));
        assertEquals("PLUS", category(ikc));
    }

    @Test
    void theReviewFallsDueTwoYearsAfterTheGrant() {
        long[] areaIkc = areaAndIkc();
        long id = granted(areaIkc[1]);
        LocalDate start = today();
        LocalDate end = start.plusYears(4).minusDays(1).isAfter(LocalDate.of(2028, 12, 31)) ? LocalDate.of(2028, 12, 31)
                : start.plusYears(4).minusDays(1);
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then().statusCode(200)
                .body("geldigVanaf", equalTo(start.toString()))
                .body("geldigTot", equalTo(end.toString()))
                .body("herijkingOp", equalTo(start.plusYears(2).toString()))
                .body("herijkingNodig", equalTo(false));
        try {
            TestClock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(start, start.plusYears(2))));
            Sessions.api("ontwikkelgroep").get("/api/v1/plus-predicaten/" + id).then().statusCode(200)
                    .body("herijkingNodig", equalTo(true));
            Sessions.as(Sessions.login("projectleider")).get("/projectleider").then().statusCode(200)
                    .body(containsString("/plus-predicaten/" + id + "\""));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void endingRestoresTheCategoryAndKeepsTheHistory() {
        long ikc = areaAndIkc()[1];
        long id = granted(ikc);
        assertEquals("PLUS", category(ikc));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("reden", "Het IKC stopt met het programma", "versie", version(id)))
                .post("/api/v1/plus-predicaten/" + id + "/beeindiging").then().statusCode(200)
                .body("status", equalTo("BEEINDIGD")).body("geldigTot", equalTo(today().toString()))
                .body("herijkingOp", nullValue());
        assertEquals("REGULIER", category(ikc));
        Sessions.api("projectleider").queryParam("ikcId", ikc).get("/api/v1/plus-predicaten").then()
                .body("$", hasSize(1)).body("[0].status", equalTo("BEEINDIGD"));
        String session = Sessions.login("projectleider");
        Sessions.as(session).get("/ikcs/" + ikc).then().statusCode(200).body(containsString("Categorie gewijzigd"));
        Sessions.as(session).get("/plus-predicaten/" + id).then().statusCode(200)
                .body(containsString("Predicaat beëindigd")).body(containsString("Predicaat toegekend"))
                .body(containsString("Voorgedragen voor het Plus-IKC predicaat"));
        // a new proposal is possible once the old predicaat has ended; both show on the IKC's timeline
        long again = propose(ikc);
        Sessions.as(session).get("/plus-predicaten/" + again).then().statusCode(200)
                .body(containsString("Predicaat beëindigd")).body(containsString("naar dat predicaat"));
    }

    @Test
    void aChangedAreaFlagsItsPlusIkcsForReviewAndAReviewClearsIt() {
        long[] areaIkc = areaAndIkc();
        long id = granted(areaIkc[1]);
        Map<String, Object> area = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden/" + areaIkc[0])
                .jsonPath().getMap("$");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", area.get("naam"), "geldigVanaf", area.get("geldigVanaf"), "geldigTot",
                        today().plusYears(1).toString(), "versie", area.get("versie")))
                .put("/api/v1/aandachtsgebieden/" + areaIkc[0]).then().statusCode(200);
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then()
                .body("herijkingNodig", equalTo(true))
                .body("herijkingReden", containsString((String) area.get("naam")));

        // continuing needs every condition met
        Map<String, Object> unmet = Map.of("datum", today().toString(), "uitkomst", "VOORTZETTEN", "motivering",
                "Gebied blijft", "voorwaarden", List.of(Map.of("nummer", 3, "voldaan", false)), "versie", version(id));
        Sessions.api("projectleider").contentType("application/json").body(unmet)
                .post("/api/v1/plus-predicaten/" + id + "/herijkingen").then().statusCode(400)
                .body("invalidParams.name", hasItem("uitkomst"));

        Map<String, Object> review = Map.of("datum", today().toString(), "uitkomst", "VOORTZETTEN", "motivering",
                "Het gebied blijft een aandachtsgebied; alle voorwaarden blijven voldaan", "versie", version(id));
        Sessions.api("projectleider").contentType("application/json").body(review)
                .post("/api/v1/plus-predicaten/" + id + "/herijkingen").then().statusCode(201)
                .body("herijkingNodig", equalTo(false)).body("herijkingen", hasSize(1))
                .body("herijkingen[0].uitkomst", equalTo("VOORTZETTEN"))
                .body("herijkingen[0].aandachtsgebiedGeldig", equalTo(true));
    }

    @Test
    void anIkcOutsideAValidAreaCannotBeProposedAndOnlyOnceAtATime() {
        long regular = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == 'IKC De Wâldrâne' }.id");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("ikcId", regular))
                .post("/api/v1/plus-predicaten").then().statusCode(400).body("invalidParams[0].name", equalTo("ikcId"));
        long ikc = areaAndIkc()[1];
        propose(ikc);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("ikcId", ikc))
                .post("/api/v1/plus-predicaten").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("al een voordracht"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long id = propose(areaAndIkc()[1]);
        long stale = version(id);
        meet(id, 1);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("voldaan", true, "onderbouwing", "Te laat", "versie", stale))
                .put("/api/v1/plus-predicaten/" + id + "/voorwaarden/2").then().statusCode(409);
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then()
                .body("voorwaarden[1].voldaan", equalTo(false)).body("aantalVoorwaardenVoldaan", equalTo(1));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("voldaan", true, "onderbouwing", "x", "versie", version(id)))
                .put("/api/v1/plus-predicaten/" + id + "/voorwaarden/12").then().statusCode(404);
    }

    @Test
    void conditionsTakePdfAttachmentsCheckedByTheirContent() {
        long id = propose(areaAndIkc()[1]);
        Sessions.api("projectleider").contentType("application/pdf").header("If-Match", "\"" + version(id) + "\"")
                .queryParam("bestandsnaam", "plan.pdf").body("geen pdf".getBytes())
                .post("/api/v1/plus-predicaten/" + id + "/voorwaarden/4/bijlagen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("bijlage"));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        String href = Sessions.api("projectleider").contentType("application/pdf")
                .header("If-Match", "\"" + version(id) + "\"").queryParam("bestandsnaam", "afspraken.pdf").body(pdf)
                .post("/api/v1/plus-predicaten/" + id + "/voorwaarden/4/bijlagen").then().statusCode(201)
                .extract().jsonPath().getString("href");
        Sessions.api("aanvrager-proloog").accept("application/pdf").get(href).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"afspraken.pdf\"")
                .header("X-Content-Type-Options", "nosniff");
        Sessions.api("aanvrager-pcbo").accept("application/pdf").get(href).then().statusCode(404);
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then()
                .body("voorwaarden[3].bijlagen[0].bestandsnaam", equalTo("afspraken.pdf"));
    }

    @Test
    void whoSeesWhat() {
        long plataan = PlusDesignationFixtures.demoDesignation("IKC Plataan");
        Sessions.api("commissie-pcbo").get("/api/v1/plus-predicaten").then().statusCode(200)
                .body("ikcNaam", hasItem("IKC Plataan"));
        Sessions.api("aanvrager-proloog").get("/api/v1/plus-predicaten/" + plataan).then().statusCode(200)
                .body("voorwaarden", hasSize(11)).body("voorwaarden[0].voldaan", equalTo(true));
        Sessions.api("aanvrager-pcbo").get("/api/v1/plus-predicaten/" + plataan).then().statusCode(404);
        List<String> own = Sessions.api("aanvrager-pcbo").get("/api/v1/plus-predicaten").jsonPath().getList("ikcNaam");
        assertEquals(true, own.contains("IKC Prins Maurits") && !own.contains("IKC Plataan"), own.toString());

        long ikc = areaAndIkc()[1];
        int before = Sessions.api("projectleider").get("/api/v1/plus-predicaten").jsonPath().getList("$").size();
        Sessions.api("commissie-pcbo").contentType("application/json").body(Map.of("ikcId", ikc))
                .post("/api/v1/plus-predicaten").then().statusCode(403);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("ikcId", ikc))
                .post("/api/v1/plus-predicaten").then().statusCode(403);
        assertEquals(before, Sessions.api("projectleider").get("/api/v1/plus-predicaten").jsonPath().getList("$").size());
        long id = propose(ikc);
        long v = version(id);
        Sessions.api("ontwikkelgroep").contentType("application/json")
                .body(Map.of("besluitdatum", today().toString(), "geldigVanaf", today().toString(), "versie", v))
                .post("/api/v1/plus-predicaten/" + id + "/toekenning").then().statusCode(403);
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("voldaan", true, "onderbouwing", "x", "versie", v))
                .put("/api/v1/plus-predicaten/" + id + "/voorwaarden/1").then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).then().body("status", equalTo("VOORGESTELD"))
                .body("versie", equalTo((int) v)).body("aantalVoorwaardenVoldaan", equalTo(0));
    }

    @Test
    void theDemoHasTheNinePlusIkcsDesignated() {
        List<Map<String, Object>> all = Sessions.api("projectleider").get("/api/v1/plus-predicaten").jsonPath()
                .getList("findAll { it.geldigVanaf == '2025-01-01' }");
        assertEquals(9, all.stream().filter(p -> "TOEGEKEND".equals(p.get("status"))).count());
        assertEquals(true, all.stream().allMatch(p -> ((Number) p.get("aantalVoorwaardenVoldaan")).intValue() == 11));
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + PlusDesignationFixtures.demoDesignation(
                "IKC Franciscus")).then().body("herijkingen", hasSize(1))
                .body("herijkingen[0].uitkomst", equalTo("VOORTZETTEN"));
        Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + PlusDesignationFixtures.demoDesignation(
                "OBS Potmarge")).then().body("herijkingNodig", equalTo(true));
    }
}
