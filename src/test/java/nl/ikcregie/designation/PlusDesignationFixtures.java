package nl.ikcregie.designation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;

/** Each test's own aandachtsgebied and IKC (never the demo's nine), and predicaten on them through the API. */
final class PlusDesignationFixtures {

    private PlusDesignationFixtures() {
    }

    /** An area valid from a year ago to three years ahead, and a regular Proloog IKC in it. */
    static long[] areaAndIkc() {
        LocalDate today = LocalDate.now(nl.ikcregie.shared.ClockProducer.AMSTERDAM);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long area = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "Testwijk " + suffix, "geldigVanaf", today.minusYears(1).toString(), "geldigTot",
                        today.plusYears(3).toString()))
                .post("/api/v1/aandachtsgebieden").then().statusCode(201).extract().jsonPath().getLong("id");
        long ikc = Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("naam", "IKC Plus-test " + suffix, "organisatieId", Fixtures.organisationId("Proloog"),
                        "categorie", "REGULIER", "aandachtsgebiedId", area, "kinderopvangIds",
                        List.of(Fixtures.organisationId("Sinne Kinderopvang")), "wijk", "Testwijk"))
                .post("/api/v1/ikcs").then().statusCode(201).extract().jsonPath().getLong("id");
        return new long[] { area, ikc };
    }

    static long propose(long ikc) {
        return Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ikcId", ikc, "motivering", "Uit de locatieanalyse"))
                .post("/api/v1/plus-predicaten").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long version(long id) {
        return Sessions.api("projectleider").get("/api/v1/plus-predicaten/" + id).jsonPath().getLong("versie");
    }

    static void meet(long id, int... numbers) {
        for (int n : numbers) {
            Sessions.api("projectleider").contentType("application/json")
                    .body(Map.of("voldaan", true, "onderbouwing", "Blijkt uit het IKC-plan (" + n + ")", "versie",
                            version(id)))
                    .put("/api/v1/plus-predicaten/" + id + "/voorwaarden/" + n).then().statusCode(200);
        }
    }

    static void meetAll(long id) {
        meet(id, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    /** A granted predicaat from today on the test's own IKC. */
    static long granted(long ikc) {
        long id = propose(ikc);
        meetAll(id);
        String today = LocalDate.now(nl.ikcregie.shared.ClockProducer.AMSTERDAM).toString();
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("besluitdatum", today, "geldigVanaf", today, "versie", version(id)))
                .post("/api/v1/plus-predicaten/" + id + "/toekenning").then().statusCode(200);
        return id;
    }

    static String category(long ikc) {
        return Sessions.api("projectleider").get("/api/v1/ikcs/" + ikc).jsonPath().getString("categorie");
    }

    static long demoDesignation(String ikcName) {
        long ikc = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == '" + ikcName + "' }.id");
        return Sessions.api("projectleider").queryParam("ikcId", ikc).get("/api/v1/plus-predicaten").jsonPath()
                .getLong("[0].id");
    }
}
