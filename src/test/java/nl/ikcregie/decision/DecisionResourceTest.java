package nl.ikcregie.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.PdfText;
import nl.ikcregie.Sessions;
import nl.ikcregie.shared.Dates;
import org.junit.jupiter.api.Test;

/** From assessments to the established advice, the college's decisions and an objection. */
@QuarkusTest
class DecisionResourceTest {

    @Inject
    MockMailbox mailbox;

    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    /** A closed round of 70,000 with three applications of 30,000, assessed 5, 4 and 3. */
    static ClosedRounds.ClosedRound assessedRound() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("70000", "IKC De Terp", "IKC Sint Jozef", "IKC De Tsjotter");
        assess("commissie-bms", round.application("IKC De Terp"), 5);
        assess("commissie-proloog", round.application("IKC Sint Jozef"), 4);
        assess("commissie-bms", round.application("IKC De Tsjotter"), 3);
        return round;
    }

    static void assess(String member, long application, int score) {
        ClosedRounds.assess(member, application, score, "30000");
    }

    static long roundVersion(long round) {
        return Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round).jsonPath().getLong("versie");
    }

    static void establish(ClosedRounds.ClosedRound round) {
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", roundVersion(round.id())))
                .post("/api/v1/subsidierondes/" + round.id() + "/advies/vaststelling").then().statusCode(200)
                .body("status", equalTo("VASTGESTELD"));
    }

    @Test
    void theProjectleiderAdjustsWithinTheCeilingAndEstablishesTheAdvice() {
        ClosedRounds.ClosedRound round = assessedRound();
        long terp = round.application("IKC De Terp");
        long jozef = round.application("IKC Sint Jozef");
        long tsjotter = round.application("IKC De Tsjotter");
        JsonPath advice = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id() + "/advies").jsonPath();
        assertEquals("CONCEPT", advice.getString("status"));
        assertEquals(10000.0f, advice.getFloat("items.find { it.aanvraagId == " + tsjotter + " }.geadviseerdBedrag"));

        // over the ceiling: refused, naming the field; nothing stored
        Sessions.api("projectleider").contentType("application/json").body(Map.of("bedrag", "12000", "reden", "Meer"))
                .put("/api/v1/aanvragen/" + tsjotter + "/adviesaanpassing").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("bedrag"));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("bedrag", "25000"))
                .put("/api/v1/aanvragen/" + jozef + "/adviesaanpassing").then().statusCode(400)
                .body("invalidParams.name", hasItem("reden"));
        Sessions.api("commissie-pcbo").contentType("application/json").body(Map.of("bedrag", "25000", "reden", "x"))
                .put("/api/v1/aanvragen/" + jozef + "/adviesaanpassing").then().statusCode(403);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("bedrag", "25.000,00", "reden", "Het plan voor de ouderkamer kan kleiner beginnen"))
                .put("/api/v1/aanvragen/" + jozef + "/adviesaanpassing").then().statusCode(200)
                .body("geadviseerdBedrag", equalTo(25000.0f)).body("berekendBedrag", equalTo(30000.0f))
                .body("aanpassingsreden", containsString("ouderkamer"));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("bedrag", "15000", "reden", "Ruimte over"))
                .put("/api/v1/aanvragen/" + tsjotter + "/adviesaanpassing").then().statusCode(200);
        // the adjustment lapses: back to what the allocation gives (the freed 5,000 goes to no one by itself)
        Sessions.api("commissie-bms").delete("/api/v1/aanvragen/" + tsjotter + "/adviesaanpassing").then().statusCode(403);
        Sessions.api("projectleider").delete("/api/v1/aanvragen/" + tsjotter + "/adviesaanpassing").then().statusCode(200)
                .body("geadviseerdBedrag", equalTo(10000.0f)).body("aanpassingsreden", nullValue());
        Sessions.api("projectleider").contentType("application/json").body(Map.of("bedrag", "15000", "reden", "Ruimte over"))
                .put("/api/v1/aanvragen/" + tsjotter + "/adviesaanpassing").then().statusCode(200);

        // a stale round version changes nothing
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", roundVersion(round.id()) - 1))
                .post("/api/v1/subsidierondes/" + round.id() + "/advies/vaststelling").then().statusCode(409);
        Sessions.api("bestuurder").contentType("application/json").body(Map.of("versie", roundVersion(round.id())))
                .post("/api/v1/subsidierondes/" + round.id() + "/advies/vaststelling").then().statusCode(403);
        establish(round);
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id()).then().body("status", equalTo("GEADVISEERD"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + terp).then().body("status", equalTo("GEADVISEERD"));
        Sessions.api("bestuurder").get("/api/v1/subsidierondes/" + round.id() + "/advies").then()
                .body("status", equalTo("VASTGESTELD")).body("totaalGeadviseerd", equalTo(70000.0f))
                .body("items.find { it.aanvraagId == " + tsjotter + " }.geadviseerdBedrag", equalTo(15000.0f));
        // established: no more adjustments, assessments or consensus changes
        Sessions.api("projectleider").contentType("application/json").body(Map.of("bedrag", "1000", "reden", "Te laat"))
                .put("/api/v1/aanvragen/" + terp + "/adviesaanpassing").then().statusCode(409);
        Sessions.api("commissie-proloog").contentType("application/json")
                .body(nl.ikcregie.assessment.AssessmentFixtures.assessment(2, "1000"))
                .post("/api/v1/aanvragen/" + terp + "/beoordelingen").then().statusCode(409);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("eindscore", "1", "geadviseerdBedrag",
                "1000", "motivering", "Te laat")).put("/api/v1/aanvragen/" + terp + "/consensus").then().statusCode(409);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + terp + "/beoordelingen").then().body("$", hasSize(1));
    }

    @Test
    void theAdviceWaitsForEveryApplicationToBeAssessed() {
        ClosedRounds.ClosedRound round = ClosedRounds.of("70000", "IKC De Brêge", "IKC It Kertier");
        assess("commissie-bms", round.application("IKC De Brêge"), 4);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", roundVersion(round.id())))
                .post("/api/v1/subsidierondes/" + round.id() + "/advies/vaststelling").then().statusCode(409)
                .body("detail", containsString("ontvankelijk"));
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id()).then().body("status", equalTo("GESLOTEN"));
    }

    @Test
    void theCollegeDecidesFollowingOrDeviatingFromTheAdviceAndTheApplicantSeesTheLetter() {
        ClosedRounds.ClosedRound round = assessedRound();
        long terp = round.application("IKC De Terp");
        long tsjotter = round.application("IKC De Tsjotter");
        // no decision before the advice is established
        Sessions.api("bestuurder").contentType("application/json").body(Map.of("besluitdatum", TODAY))
                .post("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(409);
        establish(round);

        Map<String, Object> deviating = new HashMap<>();
        deviating.put("toegekendBedrag", "20000");
        deviating.put("besluitdatum", TODAY);
        Sessions.api("bestuurder").contentType("application/json").body(deviating)
                .post("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(400)
                .body("invalidParams.name", hasItem("afwijkingsreden"));
        Sessions.api("commissie-proloog").contentType("application/json").body(deviating)
                .post("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(403);
        Sessions.api("aanvrager-pcbo").contentType("application/json").body(deviating)
                .post("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(403);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + terp + "/besluiten").then().body("$", hasSize(0));

        deviating.put("afwijkingsreden", "Het college houdt ruimte voor <b>de kleine kernen</b>");
        mailbox.clear();
        JsonPath decision = Sessions.api("bestuurder").contentType("application/json").body(deviating)
                .post("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(201)
                .body("uitkomst", equalTo("DEELS_TOEGEKEND")).body("toegekendBedrag", equalTo(20000.0f))
                .body("geadviseerdBedrag", equalTo(30000.0f)).body("motivering", containsString("wijkt af"))
                .body("kenmerk", containsString("-B1")).body("inspanningsverplichtingen", hasSize(0))
                .extract().jsonPath();
        LocalDate sent = LocalDate.parse(decision.getString("verzondenOp"));
        assertEquals(sent.plusWeeks(6).toString(), decision.getString("bezwaartermijnTot"));
        LocalDate settlementDue = LocalDate.parse(decision.getString("vaststellingAanvragenUiterlijk"));
        assertEquals(4, settlementDue.getMonthValue());
        assertEquals(1, settlementDue.getDayOfMonth());

        // the letter: a PDF with the amount, the grounds as typed, the objection clause and its last day
        byte[] letter = Sessions.api("aanvrager-pcbo").accept("application/pdf")
                .get("/api/v1/besluiten/" + decision.getLong("id") + "/beschikking.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(letter);
        for (String expected : List.of("Beschikking: Deels toegekend", "€ 20.000,00", "€ 30.000,00", "€ 10.000,00",
                "IKC De Terp", "ruimte voor <b>de kleine kernen</b>", "bezwaar", "Awb",
                Dates.dutch(sent.plusWeeks(6)), decision.getString("kenmerk"), "4:44", Dates.dutch(settlementDue))) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        // and by e-mail to the school board's aanvrager, with the letter attached
        List<Mail> mails = mailbox.getMailsSentTo("aanvrager-pcbo@example.org");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("deels toegekend"), mails.get(0).getSubject());
        assertEquals("application/pdf", mails.get(0).getAttachments().get(0).getContentType());
        Sessions.api("aanvrager-proloog").accept("application/pdf")
                .get("/api/v1/besluiten/" + decision.getLong("id") + "/beschikking.pdf").then().statusCode(404);
        // twice: refused
        Sessions.api("bestuurder").contentType("application/json").body(deviating)
                .post("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(409);

        // the rest follows the advice; then the round is decided
        JsonPath rest = Sessions.api("bestuurder").contentType("application/json").body(Map.of("besluitdatum", TODAY))
                .post("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(200)
                .body("$", hasSize(2)).extract().jsonPath();
        assertEquals("DEELS_TOEGEKEND", rest.getString("find { it.aanvraagId == " + tsjotter + " }.uitkomst"));
        Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id()).then().body("status", equalTo("BESLOTEN"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + tsjotter).then().body("status", equalTo("DEELS_TOEGEKEND"));

        // the applicant's board sees its decisions; another board and the commissie do not
        Sessions.api("aanvrager-pcbo").get("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].toegekendBedrag", equalTo(20000.0f));
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(404);
        Sessions.api("aanvrager-proloog").get("/api/v1/besluiten/" + decision.getLong("id")).then().statusCode(404);
        Sessions.api("commissie-bms").get("/api/v1/aanvragen/" + terp + "/besluiten").then().statusCode(403);
    }

    @Test
    void theObligationsOfTheConsensusComeInTheDecisionAndAreMarkedAsMet() {
        ClosedRounds.ClosedRound round = assessedRound();
        long jozef = round.application("IKC Sint Jozef");
        String due = LocalDate.parse(TODAY).plusMonths(4).toString();
        Sessions.api("projectleider").contentType("application/json").body(Map.of("eindscore", "4",
                "geadviseerdBedrag", "30000", "motivering", "Sterk plan; ouders nog weinig betrokken.",
                "inspanningsverplichtingen", List.of(Map.of("omschrijving", "Een ouderpanel per locatie", "deadline", due))))
                .put("/api/v1/aanvragen/" + jozef + "/consensus").then().statusCode(200);
        establish(round);
        Sessions.api("aanvrager-bms").contentType("application/json").body(Map.of("besluitdatum", TODAY))
                .post("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(403);
        Sessions.api("bestuurder").contentType("application/json").body(Map.of("besluitdatum", TODAY))
                .post("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(200);
        long decision = Sessions.api("aanvrager-bms").get("/api/v1/aanvragen/" + jozef + "/besluiten").then()
                .body("[0].inspanningsverplichtingen[0].omschrijving", equalTo("Een ouderpanel per locatie"))
                .body("[0].inspanningsverplichtingen[0].deadline", equalTo(due))
                .extract().jsonPath().getLong("[0].id");
        String text = PdfText.of(Sessions.api("aanvrager-bms").accept("application/pdf")
                .get("/api/v1/besluiten/" + decision + "/beschikking.pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(text.contains("Een ouderpanel per locatie") && text.contains(Dates.dutch(LocalDate.parse(due))), text);

        String fulfil = "/api/v1/besluiten/" + decision + "/verplichtingen/1/nakoming";
        Sessions.api("aanvrager-bms").contentType("application/json").body(Map.of("nagekomenOp", TODAY))
                .post(fulfil).then().statusCode(403);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("nagekomenOp", LocalDate.parse(TODAY).plusDays(1).toString()))
                .post(fulfil).then().statusCode(400).body("invalidParams[0].name", equalTo("nagekomenOp"));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("nagekomenOp", TODAY))
                .post("/api/v1/besluiten/" + decision + "/verplichtingen/2/nakoming").then().statusCode(404);
        Sessions.api("projectleider").contentType("application/json").body(Map.of("nagekomenOp", TODAY))
                .post(fulfil).then().statusCode(200).body("inspanningsverplichtingen[0].nagekomenOp", equalTo(TODAY));
        Sessions.api("projectleider").contentType("application/json").body(Map.of("nagekomenOp", TODAY))
                .post(fulfil).then().statusCode(409);
    }

    @Test
    void anUpheldObjectionGivesANewDecisionAndATrackedTerm() {
        ClosedRounds.ClosedRound round = assessedRound();
        long tsjotter = round.application("IKC De Tsjotter");
        establish(round);
        Sessions.api("bestuurder").contentType("application/json").body(Map.of("besluitdatum", TODAY))
                .post("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(200);
        long decision = Sessions.api("projectleider").get("/api/v1/aanvragen/" + tsjotter + "/besluiten").jsonPath()
                .getLong("[0].id");

        Map<String, Object> objection = new HashMap<>();
        objection.put("ontvangenOp", TODAY);
        objection.put("indiener", "Proloog, namens IKC De Tsjotter");
        objection.put("samenvatting", "De score op ouderbetrokkenheid doet het plan tekort.");
        Sessions.api("aanvrager-proloog").contentType("application/json").body(objection)
                .post("/api/v1/besluiten/" + decision + "/bezwaren").then().statusCode(403);
        objection.put("ontvangenOp", LocalDate.parse(TODAY).plusDays(1).toString());
        Sessions.api("projectleider").contentType("application/json").body(objection)
                .post("/api/v1/besluiten/" + decision + "/bezwaren").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("ontvangenOp"));
        objection.put("ontvangenOp", TODAY);
        objection.put("adviescommissie", "true");
        JsonPath registered = Sessions.api("projectleider").contentType("application/json").body(objection)
                .post("/api/v1/besluiten/" + decision + "/bezwaren").then().statusCode(201)
                .body("tijdig", equalTo(true)).body("uitkomst", nullValue()).extract().jsonPath();
        long id = registered.getLong("id");
        LocalDate sent = LocalDate.parse(TODAY);
        assertEquals(sent.plusWeeks(6 + 12).toString(), registered.getString("beslistermijn"));

        Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("versie", 0, "weken", "4", "reden", "Hoorzitting"))
                .post("/api/v1/bezwaren/" + id + "/verdaging").then().statusCode(403);
        Sessions.api("aanvrager-pcbo").get("/api/v1/bezwaren/" + id).then().statusCode(404);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 0, "weken", "7", "reden", "Hoorzitting"))
                .post("/api/v1/bezwaren/" + id + "/verdaging").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("weken"));
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", 0, "weken", "4", "reden", "De adviescommissie hoort beide partijen"))
                .post("/api/v1/bezwaren/" + id + "/verdaging").then().statusCode(200)
                .body("beslistermijn", equalTo(sent.plusWeeks(6 + 12 + 4).toString())).body("versie", equalTo(1));

        Map<String, Object> upheld = new HashMap<>();
        upheld.put("versie", 0);
        upheld.put("uitkomst", "GEGROND");
        upheld.put("datum", TODAY);
        upheld.put("motivering", "De commissie woog de ouderkamer te laag.");
        upheld.put("toegekendBedrag", "30000");
        Sessions.api("projectleider").contentType("application/json").body(upheld)
                .post("/api/v1/bezwaren/" + id + "/beslissing").then().statusCode(409);
        upheld.put("versie", 1);
        long newDecision = Sessions.api("projectleider").contentType("application/json").body(upheld)
                .post("/api/v1/bezwaren/" + id + "/beslissing").then().statusCode(200)
                .body("uitkomst", equalTo("GEGROND")).extract().jsonPath().getLong("nieuwBesluitId");
        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + tsjotter + "/besluiten").then()
                .body("$", hasSize(2)).body("find { it.id == " + newDecision + " }.geldend", equalTo(true))
                .body("find { it.id == " + newDecision + " }.uitkomst", equalTo("TOEGEKEND"))
                .body("find { it.id == " + newDecision + " }.vervangtBesluitId", equalTo((int) decision))
                .body("find { it.id == " + decision + " }.geldend", equalTo(false));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + tsjotter).then().body("status", equalTo("TOEGEKEND"));
        Sessions.api("projectleider").contentType("application/json").body(upheld)
                .post("/api/v1/bezwaren/" + id + "/beslissing").then().statusCode(409);
    }
}
