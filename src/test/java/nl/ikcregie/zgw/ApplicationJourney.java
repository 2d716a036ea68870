package nl.ikcregie.zgw;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.application.ApplicationResourceTest;
import nl.ikcregie.report.SettlementFixtures;

/** One application through the API, step by step: submit, request completion, complete, decide, settle. */
final class ApplicationJourney {

    static final String APPLICANT = "aanvrager-proloog";
    static final byte[] PDF = "%PDF-1.4\n%ikc-regie test attachment\n".getBytes();

    final long round;
    final int year;
    final long id;

    private ApplicationJourney(long round, int year, long id) {
        this.round = round;
        this.year = year;
        this.id = id;
    }

    /** A round of its own, open, with a draft of 30,000 for this IKC (of Proloog) and one attachment. */
    static ApplicationJourney start(String ikc) {
        int year = Rounds.freshYear();
        Map<String, Object> body = Rounds.body(year, "750000", "50000");
        body.put("criteria", ClosedRounds.CRITERIA);
        long round = Sessions.api("projectleider").contentType("application/json").body(body)
                .post("/api/v1/subsidierondes").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/subsidierondes/" + round + "/opening").then().statusCode(200);
        long id = ApplicationResourceTest.draft(round, APPLICANT, ikc).getLong("id");
        Sessions.api(APPLICANT).contentType("application/json").body(ApplicationResourceTest.content(id, 0, "30000"))
                .put("/api/v1/aanvragen/" + id).then().statusCode(200);
        ApplicationJourney journey = new ApplicationJourney(round, year, id);
        journey.attach("plan.pdf");
        return journey;
    }

    long version() {
        return Sessions.api("projectleider").get("/api/v1/aanvragen/" + id).jsonPath().getLong("versie");
    }

    JsonPath application() {
        return Sessions.api("projectleider").get("/api/v1/aanvragen/" + id).jsonPath();
    }

    String reference() {
        return application().getString("kenmerk");
    }

    void attach(String filename) {
        long version = Sessions.api(APPLICANT).get("/api/v1/aanvragen/" + id).jsonPath().getLong("versie");
        Sessions.api(APPLICANT).contentType("application/pdf").body(PDF).header("If-Match", "\"" + version + "\"")
                .post("/api/v1/aanvragen/" + id + "/bijlagen?bestandsnaam=" + filename).then().statusCode(201);
    }

    void submit() {
        long version = Sessions.api(APPLICANT).get("/api/v1/aanvragen/" + id).jsonPath().getLong("versie");
        Sessions.api(APPLICANT).contentType("application/json").body(Map.of("versie", version))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200).body("status", equalTo("INGEDIEND"));
    }

    void requestCompletion() {
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", version(), "ontbreekt",
                "De begroting van de ouderkamer", "termijnTot", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14)
                        .toString()))
                .post("/api/v1/aanvragen/" + id + "/aanvullingsverzoeken").then().statusCode(200);
    }

    void closeRoundAndDeclareComplete() {
        long roundVersion = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round).jsonPath().getLong("versie");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", roundVersion, "reden", "Testronde: alle aanvragen zijn binnen"))
                .post("/api/v1/subsidierondes/" + round + "/sluiting").then().statusCode(200);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", version()))
                .post("/api/v1/aanvragen/" + id + "/ontvankelijkverklaring").then().statusCode(200);
    }

    /** Assessed, a consensus, the advice established and the college following it: granted 30,000. */
    void decide() {
        ClosedRounds.assess("commissie-bms", id, 4, "30000");
        Map<String, Object> consensus = new LinkedHashMap<>();
        consensus.put("eindscore", "4");
        consensus.put("geadviseerdBedrag", "30000");
        consensus.put("motivering", "Een sterk plan.");
        consensus.put("inspanningsverplichtingen", List.of());
        Sessions.api("projectleider").contentType("application/json").body(consensus)
                .put("/api/v1/aanvragen/" + id + "/consensus").then().statusCode(200);
        long roundVersion = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round).jsonPath().getLong("versie");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", roundVersion))
                .post("/api/v1/subsidierondes/" + round + "/advies/vaststelling").then().statusCode(200);
        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("besluitdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString()))
                .post("/api/v1/subsidierondes/" + round + "/besluiten").then().statusCode(200);
    }

    /** The yearly report approved and the subsidy settled at what was granted. */
    void settle() {
        long report = SettlementFixtures.approvedReport(id, "30000");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vastgesteldBedrag", "30000");
        body.put("betaaldeVoorschotten", "30000");
        body.put("motivering", "De activiteiten zijn uitgevoerd zoals verleend.");
        body.put("vaststellingsdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
        Sessions.api("projectleider").contentType("application/json").body(body)
                .post("/api/v1/jaarrapportages/" + report + "/vaststelling").then().statusCode(201);
    }

    /** Withdrawn by the school board. */
    void withdraw() {
        long version = Sessions.api(APPLICANT).get("/api/v1/aanvragen/" + id).jsonPath().getLong("versie");
        Sessions.api(APPLICANT).contentType("application/json").body(Map.of("versie", version, "reden", "Geen capaciteit"))
                .post("/api/v1/aanvragen/" + id + "/intrekking").then().statusCode(200);
    }
}
