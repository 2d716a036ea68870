package nl.ikcregie.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** The scoring page of a commissielid, the projectleider's view with the consensus form, and the round's assignment. */
@QuarkusTest
class AssessmentPagesTest {

    /** The scoring form of the demo's five criteria, each with the same score, as a member posts it. */
    static RequestSpecification scoring(String session, long id, String action, int score) {
        return scoring(session, action, score, Map.of());
    }

    /** The same form with some fields typed otherwise. */
    static RequestSpecification scoring(String session, String action, int score, Map<String, String> typed) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actie", action);
        for (int c = 0; c < 5; c++) {
            fields.put("scores[" + c + "].criterium", c + 1);
            fields.put("scores[" + c + "].score", score);
            fields.put("scores[" + c + "].motivering", "Onderbouwd in het plan, punt " + (c + 1));
        }
        fields.put("voorgesteldBedrag", "12.500,00");
        fields.put("inspanningsverplichtingen[0].omschrijving", "Ouderbetrokkenheid vergroten");
        fields.put("inspanningsverplichtingen[0].deadline", LocalDate.now().plusMonths(6).toString());
        fields.put("inspanningsverplichtingen[1].omschrijving", "");
        fields.put("inspanningsverplichtingen[1].deadline", "");
        fields.putAll(typed);
        // every signed-in page carries the CSRF field (sign-out form), also when the scoring page itself is refused
        return Sessions.formPost(session, "/commissie").formParams(fields);
    }

    static void noAssessments(long id) {
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void aMemberNeverOpensTheScoringPageOfTheirOwnOrganisation() {
        long id = AssessmentResourceTest.assessableApplication("IKC Plataan"); // Proloog, with Sinne and SKF as partners
        String proloog = Sessions.login("commissie-proloog");
        Sessions.as(proloog).get("/aanvragen/" + id + "/beoordelen").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("Geen toegang"))
                .body(containsString("eigen organisatie"));
        scoring(proloog, id, "indienen", 4).post("/aanvragen/" + id + "/beoordelen").then().statusCode(403);
        scoring(proloog, id, "concept", 4).post("/aanvragen/" + id + "/beoordelen").then().statusCode(403);
        noAssessments(id);
        Sessions.as(proloog).get("/commissie").then().statusCode(200)
                .body(containsString("Aanvragen die u niet beoordeelt"))
                .body(not(containsString("/aanvragen/" + id + "/beoordelen")));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/aanvragen/" + id + "/beoordelen").then().statusCode(403);
        Sessions.as(Sessions.login("commissie-bms")).get("/aanvragen/999999999/beoordelen").then().statusCode(404);
    }

    @Test
    void aDraftComesBackButCountsForNothingUntilSubmitted() {
        long id = AssessmentResourceTest.assessableApplication("IKC De Terp"); // PCBO, with Sinne as partner
        String bms = Sessions.login("commissie-bms");
        Sessions.as(bms).get("/aanvragen/" + id + "/beoordelen").then().statusCode(200)
                .body(containsString("Gedeelde visie en IKC-profiel")).body(containsString("nog niet begonnen"))
                .body(containsString("Waarom"));
        Sessions.formPost(bms, "/aanvragen/" + id + "/beoordelen").formParam("actie", "concept")
                .formParam("scores[0].criterium", 1).formParam("scores[0].score", 4)
                .formParam("scores[0].motivering", "Heldere gedeelde visie")
                .formParam("scores[1].criterium", 2).formParam("scores[1].motivering", "Nog over nadenken")
                .formParam("voorgesteldBedrag", "12.500,00")
                .formParam("inspanningsverplichtingen[0].omschrijving", "Ouderkamer openen")
                .post("/aanvragen/" + id + "/beoordelen").then().statusCode(303)
                .header("Location", endsWith("/aanvragen/" + id + "/beoordelen?melding=concept"));
        Sessions.as(bms).get("/aanvragen/" + id + "/beoordelen?melding=concept").then().statusCode(200)
                .body(containsString("Uw concept is opgeslagen"))
                .body(containsString("id=\"scores[0].score-4\" name=\"scores[0].score\" value=\"4\" checked"))
                .body(containsString("Heldere gedeelde visie")).body(containsString("Nog over nadenken"))
                .body(containsString("value=\"12.500,00\"")).body(containsString("value=\"Ouderkamer openen\""));
        Sessions.as(bms).get("/commissie").then().body(containsString("Concept opgeslagen"));
        // not an assessment: the projectleider sees none and misses it; it unlocks no one's scores
        noAssessments(id);
        Sessions.as(Sessions.login("projectleider")).get("/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body(containsString("Thomas Mulder")).body(containsString("Er is nog geen beoordeling ingediend"));
        Sessions.api("commissie-proloog").contentType("application/json").body(AssessmentResourceTest.assessment(3, "9000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        Sessions.api("commissie-bms").get("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body("$", hasSize(0));
        Sessions.as(bms).get("/aanvragen/" + id + "/beoordelen").then().statusCode(200)
                .body(not(containsString("Onderbouwd in het plan")));
        // submitting turns the draft into the assessment and shows everyone's
        scoring(bms, id, "indienen", 4).post("/aanvragen/" + id + "/beoordelen").then().statusCode(303)
                .header("Location", endsWith("?melding=ingediend"));
        Sessions.as(bms).get("/aanvragen/" + id + "/beoordelen?melding=ingediend").then().statusCode(200)
                .body(containsString("Uw beoordeling is ingediend"))
                .body(containsString("Gerrit Dijkstra")).body(containsString("Onderbouwd in het plan, punt 1"))
                .body(not(containsString("Concept opslaan")));
        Sessions.api("commissie-bms").get("/api/v1/aanvragen/" + id + "/beoordelingen").then().body("$", hasSize(2));
        Sessions.as(bms).get("/commissie").then().body(containsString("Beoordeeld op"));
        scoring(bms, id, "concept", 4).post("/aanvragen/" + id + "/beoordelen").then().statusCode(409)
                .body(containsString("al beoordeeld"));
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndNothingIsStored() {
        long id = AssessmentResourceTest.assessableApplication("IKC De Wielewaal"); // BMS, with Sinne and SKF
        String pcbo = Sessions.login("commissie-pcbo");
        scoring(pcbo, "indienen", 4, Map.of("scores[0].score", "7", "scores[1].motivering", " ",
                "voorgesteldBedrag", "12,500.00")).post("/aanvragen/" + id + "/beoordelen").then().statusCode(400)
                .body(containsString("Het formulier is nog niet goed ingevuld"))
                .body(containsString("id=\"scores[0].score-fout\">Een score is een heel getal van 1 tot en met 5."))
                .body(containsString("id=\"scores[1].motivering-fout\">Vul dit veld in."))
                .body(containsString("id=\"voorgesteldBedrag-fout\""))
                .body(containsString("value=\"Ouderbetrokkenheid vergroten\""));
        noAssessments(id);
        // a draft checks only what is filled in, but that it checks
        Sessions.formPost(pcbo, "/aanvragen/" + id + "/beoordelen").formParam("actie", "concept")
                .formParam("scores[0].criterium", 1).formParam("scores[0].score", 0)
                .formParam("voorgesteldBedrag", "veel")
                .post("/aanvragen/" + id + "/beoordelen").then().statusCode(400)
                .body(containsString("id=\"scores[0].score-fout\""))
                .body(containsString("id=\"voorgesteldBedrag-fout\""));
        Sessions.as(pcbo).get("/aanvragen/" + id + "/beoordelen").then().statusCode(200)
                .body(containsString("nog niet begonnen"));
        Sessions.formPost(pcbo, "/aanvragen/" + id + "/beoordelen").formParam("reden", "")
                .post("/aanvragen/" + id + "/beoordelen/belangenverstrengeling").then().statusCode(400)
                .body(containsString("id=\"reden-fout\""));
        Sessions.formPost(pcbo, "/aanvragen/" + id + "/beoordelen")
                .formParam("reden", "Mijn zus werkt op dit IKC")
                .post("/aanvragen/" + id + "/beoordelen/belangenverstrengeling").then().statusCode(303)
                .header("Location", endsWith("/commissie?melding=belangenverstrengeling"));
        Sessions.as(pcbo).get("/aanvragen/" + id + "/beoordelen").then().statusCode(403);
        Sessions.as(pcbo).get("/commissie?melding=belangenverstrengeling").then()
                .body(containsString("belangenverstrengeling gemeld"));
    }

    @Test
    void theProjectleiderSeesTheSpreadAndWhoIsMissingAndRecordsTheConsensus() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("750000", "IKC Sint Maarten"); // BMS, with Sinne as partner
        long id = round.application("IKC Sint Maarten");
        String projectleider = Sessions.login("projectleider");
        Sessions.as(projectleider).get("/rondes/" + round.id()).then().statusCode(200)
                .body(containsString("/rondes/" + round.id() + "/beoordelingen"));
        Sessions.api("commissie-proloog").contentType("application/json").body(AssessmentResourceTest.assessment(4, "20000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        Sessions.as(projectleider).get("/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body(containsString("laagste 4, hoogste 4, verschil 0"))
                .body(containsString("<li class=\"utrecht-unordered-list__item\">Froukje Visser (commissie, PCBO)</li>"))
                .body(containsString("Ytsje de Boer (commissie, Sinne) (eigen organisatie (kinderopvangpartner van het IKC))"));
        Sessions.api("commissie-pcbo").contentType("application/json").body(AssessmentResourceTest.assessment(2, "10000"))
                .post("/api/v1/aanvragen/" + id + "/beoordelingen").then().statusCode(201);
        Sessions.as(projectleider).get("/aanvragen/" + id + "/beoordelingen").then().statusCode(200)
                .body(containsString("laagste 2, hoogste 4, verschil 2"))
                .body(containsString("Alle toegewezen commissieleden hebben hun beoordeling ingediend"));
        Sessions.as(projectleider).get("/rondes/" + round.id() + "/beoordelingen").then().statusCode(200)
                .body(containsString("2 - 4")).body(containsString("Sint Maarten"));
        // first record (no version yet), then a change on version 0, then a stale one
        consensus(projectleider, id, null, "3,5").post("/aanvragen/" + id + "/beoordelingen/consensus").then()
                .statusCode(303).header("Location", endsWith("?melding=consensus"));
        consensus(projectleider, id, 0L, "3,75").post("/aanvragen/" + id + "/beoordelingen/consensus").then()
                .statusCode(303);
        consensus(projectleider, id, 0L, "2").post("/aanvragen/" + id + "/beoordelingen/consensus").then()
                .statusCode(409).body(containsString("Iemand anders heeft dit intussen gewijzigd"))
                .body(containsString("value=\"2\"")).body(containsString("Eindscore 3,75"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + id + "/consensus").then()
                .body("eindscore", org.hamcrest.Matchers.equalTo(3.75f));
        consensus(projectleider, id, 1L, "6").post("/aanvragen/" + id + "/beoordelingen/consensus").then()
                .statusCode(400).body(containsString("id=\"eindscore-fout\""));
        Sessions.as(Sessions.login("commissie-pcbo")).get("/aanvragen/" + id + "/beoordelingen").then().statusCode(403);
    }

    static RequestSpecification consensus(String session, long id, Long version, String score) {
        RequestSpecification form = Sessions.formPost(session, "/aanvragen/" + id + "/beoordelingen")
                .formParam("eindscore", score).formParam("geadviseerdBedrag", "15.000")
                .formParam("motivering", "Sterk plan; de begroting is aan de ruime kant.")
                .formParam("inspanningsverplichtingen[0].omschrijving", "").formParam("inspanningsverplichtingen[0].deadline", "");
        return version == null ? form : form.formParam("versie", version);
    }

    @Test
    void theProjectleiderAssignsPerApplicationOnTheRoundPage() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("750000", "IKC De Finne", "IKC Sint Jozef"); // PCBO; BMS
        long finne = round.application("IKC De Finne");
        long jozef = round.application("IKC Sint Jozef");
        String projectleider = Sessions.login("projectleider");
        String path = "/rondes/" + round.id() + "/beoordelingen";
        Sessions.as(projectleider).get(path).then().statusCode(200)
                .body(containsString("Froukje Visser (commissie, PCBO): beoordeelt niet, eigen organisatie"))
                .body(containsString("Toewijzing IKC De Finne opslaan"));
        // a member with a conflict cannot be chosen: the message stands beside that application
        Sessions.formPost(projectleider, path).formParam("alleen", finne)
                .formParam("toewijzingen[0].aanvraagId", finne)
                .formParam("toewijzingen[0].commissieleden", "commissie-pcbo")
                .post(path).then().statusCode(400)
                .body(containsString("id=\"toewijzingen[0].commissieleden-fout\""))
                .body(containsString("beoordeelt deze aanvraag niet"));
        Sessions.formPost(projectleider, path).formParam("alleen", finne)
                .formParam("toewijzingen[0].aanvraagId", finne)
                .formParam("toewijzingen[0].commissieleden", "commissie-bms")
                .formParam("toewijzingen[1].aanvraagId", jozef)
                .formParam("toewijzingen[1].commissieleden", "commissie-proloog")
                .post(path).then().statusCode(303).header("Location", endsWith("&melding=toegewezen"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + finne + "/toewijzing").then()
                .body("commissieleden", org.hamcrest.Matchers.equalTo(java.util.List.of("commissie-bms")));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + jozef + "/toewijzing").then()
                .body("standaard", org.hamcrest.Matchers.equalTo(true));
        Sessions.as(Sessions.login("commissie-proloog")).get("/commissie").then()
                .body(not(containsString("/aanvragen/" + finne + "/beoordelen")))
                .body(containsString("/aanvragen/" + jozef + "/beoordelen"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + finne).then().statusCode(200);
        Sessions.as(Sessions.login("commissie-bms")).get(path).then().statusCode(403);
    }
}
