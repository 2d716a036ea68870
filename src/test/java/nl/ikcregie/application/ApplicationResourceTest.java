package nl.ikcregie.application;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ApplicationResourceTest {

    static final String[] LEVELS = { "BACK_TO_BACK", "FACE_TO_FACE", "HAND_IN_HAND", "CHEEK_TO_CHEEK", "INTEGRAAL" };

    @Inject
    MockMailbox mailbox;

    public static long ikcId(String name) {
        return Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == '" + name + "' }.id");
    }

    public static JsonPath draft(long roundId, String user, String ikc) {
        return Sessions.api(user).contentType("application/json").body(Map.of("ikcId", ikcId(ikc)))
                .post("/api/v1/subsidierondes/" + roundId + "/aanvragen").then().statusCode(201).extract().jsonPath();
    }

    /** A complete content for application {@code id} with the given budget amounts, keeping its partners. */
    public static Map<String, Object> content(long id, long version, String... amounts) {
        Map<String, Object> body = new HashMap<>();
        body.put("versie", version);
        body.put("plan", Map.of("waarom", "Veel kinderen starten met een taalachterstand.",
                "hoe", "Van twee organisaties naar één team met één pedagogische visie.",
                "wat", "Gezamenlijke scholing; een doorgaande leerlijn taal; ouderkamer."));
        body.put("draagvlak", "Team, oudercommissie en MR steunen het plan.");
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int c = 1; c <= 12; c++) {
            levels.add(Map.of("criterium", c, "huidigNiveau", LEVELS[c % 3], "ambitieNiveau", LEVELS[c % 3 + 1]));
        }
        body.put("zelfevaluatie", levels);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(Map.of("omschrijving", "Activiteit " + (i + 1), "bedrag", amounts[i],
                    "cofinancieringOnderwijs", "1000"));
        }
        body.put("begrotingsregels", lines);
        body.put("kinderopvangIds", Sessions.api("projectleider").get("/api/v1/aanvragen/" + id).jsonPath()
                .getList("kinderopvangIds"));
        return body;
    }

    @Test
    void anAanvragerWritesSubmitsAndGetsAReceipt() {
        mailbox.clear();
        long round = Rounds.open(Rounds.freshYear());
        JsonPath draft = draft(round, "aanvrager-proloog", "OBS Potmarge");
        long id = draft.getLong("id");
        assertEquals("CONCEPT", draft.getString("status"));
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "30000", "12.500,50"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200)
                .body("aangevraagdBedrag", equalTo(42500.50f)).body("versie", equalTo(1));
        JsonPath submitted = Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(Map.of("versie", 1)).post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200)
                .body("status", equalTo("INGEDIEND"))
                .body("kenmerk", matchesPattern("KVK-\\d{4}-\\d{4}"))
                .body("ingediendOp", notNullValue()).extract().jsonPath();
        LocalDate received = LocalDate.parse(submitted.getString("ingediendOp").substring(0, 10));
        assertEquals(received.plusWeeks(8).toString(), submitted.getString("beslistermijn"));
        assertEquals(1, mailbox.getMailsSentTo("aanvrager-proloog@example.org").stream()
                .filter(m -> m.getSubject().contains(submitted.getString("kenmerk"))).count());
        // a repeated submit (a retry after a timeout, a double click) gets the same answer and submits nothing again
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200)
                .body("status", equalTo("INGEDIEND")).body("kenmerk", equalTo(submitted.getString("kenmerk")))
                .body("ingediendOp", equalTo(submitted.getString("ingediendOp"))).body("versie", equalTo(2));
        assertEquals(1, mailbox.getMailsSentTo("aanvrager-proloog@example.org").stream()
                .filter(m -> m.getSubject().contains(submitted.getString("kenmerk"))).count());
        // but a submit based on an older version is still a conflict
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(409);
        // read-only after submission
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 2, "1000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(409);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 2, "reden", "Dubbel"))
                .post("/api/v1/aanvragen/" + id + "/intrekking").then().statusCode(200)
                .body("status", equalTo("INGETROKKEN"));
    }

    @Test
    void fiftyThousandAndOneCentIsRefused() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-pcbo", "IKC Prins Maurits").getLong("id");
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 0, "50000,01"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(400)
                .body("invalidParams.name", hasItem("aangevraagdBedrag"));
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 0, "50000"))
                .put("/api/v1/aanvragen/" + id).then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void aFormulaMaximumFollowsTheChildCountOnTheCountDate() {
        int year = Rounds.freshYear();
        Map<String, Object> round = Rounds.body(year, "750000", null);
        round.remove("maximumPerIkc");
        round.put("maximumSoort", "FORMULE");
        round.put("maximumBasisbedrag", "10.000");
        round.put("maximumPerKind", "100");
        round.put("kindTeldatum", year + "-10-01");
        long roundId = Sessions.api("projectleider").contentType("application/json").body(round)
                .post("/api/v1/subsidierondes").then().statusCode(201).body("maximumSoort", equalTo("FORMULE"))
                .extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/subsidierondes/" + roundId + "/opening").then().statusCode(200);
        long ikc = ikcId("IKC De Wâlslach");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("teldatum", year + "-10-01", "aantal", "200"))
                .post("/api/v1/ikcs/" + ikc + "/kindaantallen").then().statusCode(200)
                .body("kindaantallen.teldatum", hasItem(year + "-10-01"));
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(Map.of("teldatum", year + "-10-01", "aantal", "900"))
                .post("/api/v1/ikcs/" + ikc + "/kindaantallen").then().statusCode(403);
        long id = draft(roundId, "aanvrager-proloog", "IKC De Wâlslach").getLong("id");
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then()
                .body("maximumNogBeschikbaar", equalTo(30000.00f));
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "30000,01"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(400)
                .body("invalidParams.name", hasItem("aangevraagdBedrag"));
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "30000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
    }

    @Test
    void theSameIkcCannotAskMoreThanTheMaximumInOneYear() {
        int year = Rounds.freshYear();
        long round = Rounds.open(year);
        long first = draft(round, "aanvrager-bms", "IKC Franciscus").getLong("id");
        Sessions.api("aanvrager-bms").contentType("application/json").body(content(first, 0, "30000"))
                .put("/api/v1/aanvragen/" + first).then().statusCode(200);
        long otherRound = Rounds.open(year);
        long second = draft(otherRound, "aanvrager-bms", "IKC Franciscus").getLong("id");
        Sessions.api("aanvrager-bms").contentType("application/json").body(content(second, 0, "25000"))
                .put("/api/v1/aanvragen/" + second).then().statusCode(400)
                .body("invalidParams.name", hasItem("aangevraagdBedrag"));
        Sessions.api("aanvrager-bms").contentType("application/json").body(content(second, 0, "20000"))
                .put("/api/v1/aanvragen/" + second).then().statusCode(200);
    }

    @Test
    void submissionAfterTheRoundClosedIsRefused() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "20000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        TestClock.advance(Duration.ofDays(31));
        try {
            Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                    .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("indiening"));
        } finally {
            TestClock.reset();
        }
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then().body("status", equalTo("CONCEPT"));
    }

    @Test
    void anIncompleteApplicationNamesWhatIsMissing() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Aventurijn").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(400)
                .body("invalidParams.name", hasItem("plan.waarom"))
                .body("invalidParams.name", hasItem("draagvlak"))
                .body("invalidParams.name", hasItem("zelfevaluatie[0].huidigNiveau"))
                .body("invalidParams.name", hasItem("begrotingsregels"));
    }

    @Test
    void aStaleVersionIsAConflictAndTheDraftIsUnchanged() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC het Palet").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "10000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "20000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(409).contentType("application/problem+json");
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then()
                .body("aangevraagdBedrag", equalTo(10000.00f)).body("versie", equalTo(1));
    }

    @Test
    void anotherBoardCannotReadChangeOrSubmit() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Montessori/Eestroom").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "15000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-pcbo").get("/api/v1/aanvragen/" + id).then().statusCode(404);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 1, "45000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(404);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(404);
        Sessions.api("aanvrager-pcbo").get("/api/v1/aanvragen").then().body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
        // the childcare partner reads along but does not change
        Sessions.api("aanvrager-sinne").get("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-sinne").contentType("application/json").body(content(id, 1, "45000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(403);
        // a commissielid sees nothing before the round closes
        Sessions.api("commissie-pcbo").get("/api/v1/aanvragen/" + id).then().statusCode(404);
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then()
                .body("aangevraagdBedrag", equalTo(15000.00f)).body("status", equalTo("CONCEPT"));
    }

    @Test
    void aRequestToCompleteSuspendsTheDecisionTerm() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-pcbo", "IKC Prins Constantijn").getLong("id");
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 0, "40000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        String deadline = Sessions.api("aanvrager-pcbo").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200)
                .extract().jsonPath().getString("beslistermijn");
        String due = LocalDate.now().plusDays(14).toString();
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 2, "ontbreekt", "De begroting van de ouderkamer", "termijnTot", due))
                .post("/api/v1/aanvragen/" + id + "/aanvullingsverzoeken").then().statusCode(200)
                .body("status", equalTo("AANVULLING_GEVRAAGD"));
        TestClock.advance(Duration.ofDays(5));
        try {
            Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 3, "38000", "2000"))
                    .put("/api/v1/aanvragen/" + id).then().statusCode(200);
            Sessions.api("aanvrager-pcbo").contentType("application/json").body(Map.of("versie", 4))
                    .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200)
                    .body("status", equalTo("INGEDIEND"))
                    .body("beslistermijn", equalTo(LocalDate.parse(deadline).plusDays(4).toString()))
                    .body("aanvullingsverzoeken[0].aangevuldOp", notNullValue());
        } finally {
            TestClock.reset();
        }
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 5))
                .post("/api/v1/aanvragen/" + id + "/ontvankelijkverklaring").then().statusCode(200)
                .body("status", equalTo("ONTVANKELIJK"));
    }

    @Test
    void aCompletionCannotRaiseTheAmountAndAnExpiredTermEndsInSettingAside() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-pcbo", "IKC de Kinderkoepel").getLong("id");
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 0, "20000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(Map.of("versie", 2))
                .post("/api/v1/aanvragen/" + id + "/ontvankelijkverklaring").then().statusCode(403);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 2, "ontbreekt", "Toelichting", "termijnTot", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/aanvragen/" + id + "/aanvullingsverzoeken").then().statusCode(200);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(content(id, 3, "25000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(400)
                .body("invalidParams.name", hasItem("aangevraagdBedrag"));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 3, "reden", "Te vroeg"))
                .post("/api/v1/aanvragen/" + id + "/buitenbehandelingstelling").then().statusCode(409);
        TestClock.advance(Duration.ofDays(9));
        try {
            Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 3, "reden", "Niet aangevuld"))
                    .post("/api/v1/aanvragen/" + id + "/buitenbehandelingstelling").then().statusCode(200)
                    .body("status", equalTo("AFGEWEZEN"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void actionsOnAnotherBoardsApplicationAreRefusedAndChangeNothing() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-bms").header("If-Match", "\"0\"").delete("/api/v1/aanvragen/" + id).then().statusCode(404);
        Sessions.api("aanvrager-bms").contentType("application/pdf").body("%PDF-1.4".getBytes())
                .header("If-Match", "\"0\"").post("/api/v1/aanvragen/" + id + "/bijlagen").then().statusCode(404);
        Sessions.api("aanvrager-bms").contentType("application/json").body(Map.of("versie", 0, "reden", "x"))
                .post("/api/v1/aanvragen/" + id + "/intrekking").then().statusCode(404);
        Sessions.api("projectleider").contentType("application/json").body(content(id, 0, "1000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(403);
        Sessions.api("aanvrager-bms").contentType("application/json").body(Map.of("ikcId", ikcId("IKC Plataan")))
                .post("/api/v1/subsidierondes/" + round + "/aanvragen").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("ikcId"));
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then().body("versie", equalTo(0))
                .body("status", equalTo("CONCEPT")).body("bijlagen", org.hamcrest.Matchers.empty());
    }

    @Test
    void noSubmissionBeforeTheRoundOpensAndNoDraftAfterItClosed() {
        Map<String, Object> body = Rounds.body(Rounds.freshYear(), "750000", "50000");
        body.put("openingsmoment", java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString());
        long round = Sessions.api("projectleider").contentType("application/json").body(body)
                .post("/api/v1/subsidierondes").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/subsidierondes/" + round + "/opening").then().statusCode(200);
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "10000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(400)
                .body("invalidParams[0].reason", org.hamcrest.Matchers.startsWith("De ronde is nog niet open"));
        TestClock.advance(Duration.ofDays(40));
        try {
            Sessions.api("aanvrager-pcbo").contentType("application/json").body(Map.of("ikcId", ikcId("IKC De Terp")))
                    .post("/api/v1/subsidierondes/" + round + "/aanvragen").then().statusCode(409);
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void textsHaveAMaximumLengthAndAttachmentsAMaximumSize() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Map<String, Object> body = content(id, 0, "1000");
        body.put("plan", Map.of("waarom", "x".repeat(10_001), "hoe", "ok", "wat", "ok"));
        Sessions.api("aanvrager-proloog").contentType("application/json").body(body)
                .put("/api/v1/aanvragen/" + id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("plan.waarom"))
                .body("invalidParams[0].reason", equalTo("Gebruik ten hoogste 10000 tekens."));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
        Sessions.api("aanvrager-proloog").contentType("application/pdf").body(big).header("If-Match", "\"0\"")
                .post("/api/v1/aanvragen/" + id + "/bijlagen").then().statusCode(400)
                .body("invalidParams[0].reason", equalTo("Een bijlage is ten hoogste 10 MB."));
    }

    @Test
    void onlyPdfAttachmentsAreTaken() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/pdf").body("geen pdf".getBytes())
                .post("/api/v1/aanvragen/" + id + "/bijlagen?versie=0&bestandsnaam=plan.pdf").then().statusCode(400)
                .body("invalidParams[0].reason", equalTo("Alleen PDF-bestanden zijn toegestaan."));
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes();
        long attachment = Sessions.api("aanvrager-proloog").contentType("application/pdf").body(pdf)
                .header("If-Match", "\"0\"").post("/api/v1/aanvragen/" + id + "/bijlagen?bestandsnaam=plan.pdf")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
        byte[] back = Sessions.api("aanvrager-proloog").accept("application/pdf")
                .get("/api/v1/aanvragen/" + id + "/bijlagen/" + attachment).then().statusCode(200)
                // never shown inline, never sniffed as something else
                .header("Content-Disposition", "attachment; filename=\"plan.pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, back);
        Sessions.api("aanvrager-pcbo").accept("application/pdf")
                .get("/api/v1/aanvragen/" + id + "/bijlagen/" + attachment).then().statusCode(404);
    }

    @Test
    void aDraftCanBeDeletedButNotBySomeoneElse() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-sinne").header("If-Match", "\"0\"").delete("/api/v1/aanvragen/" + id).then()
                .statusCode(403);
        Sessions.api("aanvrager-proloog").header("If-Match", "\"0\"").delete("/api/v1/aanvragen/" + id).then()
                .statusCode(204);
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then().statusCode(404);
    }

    @Test
    void theOverviewCountsWhatWasSubmitted() {
        long round = Rounds.open(Rounds.freshYear());
        long id = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(content(id, 0, "45000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200);
        draft(round, "aanvrager-pcbo", "IKC De Terp");
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round + "/overzicht").then().statusCode(200)
                .body("aantalPerStatus.INGEDIEND", equalTo(1)).body("aantalPerStatus.CONCEPT", equalTo(1))
                .body("aangevraagd", equalTo(45000.00f)).body("aangevraagdInAandachtsgebieden", equalTo(45000.00f))
                .body("aantalElders", equalTo(0)).body("percentageVanPlafond", equalTo(6));
        Sessions.api("aanvrager-proloog").get("/api/v1/subsidierondes/" + round + "/overzicht").then().statusCode(403);
    }

    @Test
    void theListComesInPagesWithLinksAndATotal() {
        long round = Rounds.open(Rounds.freshYear());
        long first = draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        long second = draft(round, "aanvrager-proloog", "IKC Aventurijn").getLong("id");
        long third = draft(round, "aanvrager-pcbo", "IKC De Terp").getLong("id");
        io.restassured.response.Response page1 = Sessions.api("projectleider")
                .get("/api/v1/aanvragen?subsidierondeId=" + round + "&paginaGrootte=2");
        page1.then().statusCode(200).header("X-Total-Count", "3").body("size()", equalTo(2))
                .header("Link", org.hamcrest.Matchers.containsString("pagina=2&paginaGrootte=2>; rel=\"next\""))
                .header("Link", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("rel=\"prev\"")));
        List<Integer> ids = new ArrayList<>(page1.jsonPath().getList("id"));
        Sessions.api("projectleider").get("/api/v1/aanvragen?subsidierondeId=" + round + "&paginaGrootte=2&pagina=2")
                .then().statusCode(200).body("size()", equalTo(1))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"prev\""))
                .body("[0].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.in(ids)));
        ids.addAll(Sessions.api("projectleider")
                .get("/api/v1/aanvragen?subsidierondeId=" + round + "&paginaGrootte=2&pagina=2").jsonPath().getList("id"));
        assertTrue(ids.containsAll(List.of((int) first, (int) second, (int) third)), "every application once: " + ids);
        // the aanvrager's own list is paged the same way
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen?subsidierondeId=" + round + "&paginaGrootte=1")
                .then().statusCode(200).header("X-Total-Count", "2").body("size()", equalTo(1));
    }

    @Test
    void aWrongPageOrPageSizeIsNamedInTheProblem() {
        for (String query : List.of("paginaGrootte=0", "paginaGrootte=101", "paginaGrootte=veel", "pagina=0", "pagina=x")) {
            String field = query.substring(0, query.indexOf('='));
            Sessions.api("projectleider").get("/api/v1/aanvragen?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams[0].name", equalTo(field));
        }
    }
}
