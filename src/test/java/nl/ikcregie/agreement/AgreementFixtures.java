package nl.ikcregie.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;

/** Fresh Plus-IKCs and their agreements through the API, so tests leave the demo's agreements alone. */
public final class AgreementFixtures {

    private AgreementFixtures() {
    }

    /** A new Plus-IKC of {@code board} with {@code childcare} as its partner, in the first aandachtsgebied. */
    public static long plusIkc(String board, String childcare) {
        long area = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden").jsonPath().getLong("[0].id");
        Map<String, Object> body = Map.of("naam", "IKC Plus " + UUID.randomUUID(), "organisatieId",
                Fixtures.organisationId(board), "aandachtsgebiedId", area, "categorie", "PLUS",
                "kinderopvangIds", List.of(Fixtures.organisationId(childcare)), "wijk", "Testwijk");
        return Sessions.api("projectleider").contentType("application/json").body(body).post("/api/v1/ikcs").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A drafted agreement (version 1, concept) for a fresh Proloog/Sinne Plus-IKC. */
    public static long draft() {
        long ikc = plusIkc("Proloog", "Sinne Kinderopvang");
        return Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("ikcId", ikc, "kinderopvangId", Fixtures.organisationId("Sinne Kinderopvang")))
                .post("/api/v1/resultaatafspraken").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Content with one goal, contributions of all three parties in 2024 and 2025, and one staffing line. */
    public static Map<String, Object> content(int versie, long revisie, String gemeenteOab2024) {
        List<Map<String, Object>> money = new ArrayList<>();
        money.add(Map.of("partij", "GEMEENTE", "bron", "OAB", "jaar", 2024, "bedrag", gemeenteOab2024));
        money.add(Map.of("partij", "GEMEENTE", "bron", "VVE", "jaar", 2024, "bedrag", "38000"));
        money.add(Map.of("partij", "GEMEENTE", "bron", "OAB", "jaar", 2025, "bedrag", "45000"));
        money.add(Map.of("partij", "ONDERWIJSKOEPEL", "bron", "LUMPSUM", "jaar", 2024, "bedrag", "12000.50"));
        money.add(Map.of("partij", "KINDEROPVANG", "bron", "EIGEN_MIDDELEN", "jaar", 2025, "bedrag", "6000"));
        return Map.of("versie", versie, "revisie", revisie,
                "aanbodUitDataAnalyse", "Veel peuters met een VVE-indicatie: jeugdondersteuner VVE.",
                "doelen", List.of(Map.of("titel", "Taal", "indicatoren", List.of(Map.of("naam", "VVE-deelname",
                        "eenheid", "%", "nulmeting", "70", "streefwaarden", List.of(Map.of("jaar", 2024, "waarde", "80"),
                                Map.of("jaar", 2025, "waarde", "84")))))),
                "bijdragen", money,
                "formatie", List.of(Map.of("functie", "JEUGDONDERSTEUNER_VVE", "urenPerWeek", "16", "gefinancierdDoor",
                        "GEMEENTE", "bron", "VVE", "vanJaar", 2022, "totEnMetJaar", 2028)));
    }

    public static long revision(long id) {
        return Sessions.api("projectleider").get("/api/v1/resultaatafspraken/" + id).jsonPath().getLong("revisie");
    }

    public static void consent(String user, long id, int versie) {
        Sessions.api(user).contentType("application/json").body(Map.of("versie", versie))
                .post("/api/v1/resultaatafspraken/" + id + "/instemmingen").then().statusCode(200);
    }
}
