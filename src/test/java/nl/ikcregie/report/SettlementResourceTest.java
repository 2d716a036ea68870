package nl.ikcregie.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.GrantedRounds;
import nl.ikcregie.PdfText;
import nl.ikcregie.Sessions;
import nl.ikcregie.shared.Dates;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettlementResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    MockMailbox mailbox;

    @Test
    void aLowerFinalAmountReclaimsTheRestOfTheAdvanceWithALetterToTheSchoolBoard() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC Sint Maarten"); // BMS, with Sinne as partner
        long application = round.application("IKC Sint Maarten");
        long report = SettlementFixtures.approvedReport(application, "24500");

        // never more than granted: 400 naming the field, nothing stored, the grant unchanged
        settle("projectleider", report, body("30000.01", "30000", "Meer uitgegeven dan verleend")).statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("vastgesteldBedrag"))
                .body("invalidParams.find { it.name == 'vastgesteldBedrag' }.reason", containsString("€\u00a030.000,00"));
        // lower without a reason: 400 naming motivering
        settle("projectleider", report, body("24500", "30000", "")).statusCode(400)
                .body("invalidParams.name", hasItem("motivering")).body("invalidParams.name", not(hasItem("vastgesteldBedrag")));
        // a date in the future
        Map<String, Object> future = body("24500", "30000", "Minder besteed");
        future.put("vaststellingsdatum", TODAY.plusDays(2).toString());
        settle("projectleider", report, future).statusCode(400).body("invalidParams.name", hasItem("vaststellingsdatum"));
        // only the projectleider settles
        Map<String, Object> valid = body("24500", "30000",
                "De zomeractiviteiten gingen niet door; <b>minder</b> besteed.");
        settle("aanvrager-bms", report, valid).statusCode(403);
        settle("bestuurder", report, valid).statusCode(403);
        settle("beheerder", report, valid).statusCode(403);
        settle("commissie-proloog", report, valid).statusCode(403);
        settle("aanvrager-proloog", report, valid).statusCode(403);
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/" + report + "/vaststelling").then().statusCode(404);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + application).then().body("status", equalTo("TOEGEKEND"));

        mailbox.clear();
        JsonPath settled = settle("projectleider", report, valid).statusCode(201)
                .body("kenmerk", endsWith("-V")).body("aanvraagId", equalTo((int) application))
                .body("rapportageId", equalTo((int) report)).body("besluitId", equalTo((int) round.decision("IKC Sint Maarten")))
                .body("toegekendBedrag", equalTo(30000.0f)).body("besteedBedrag", equalTo(24500.0f))
                .body("vastgesteldBedrag", equalTo(24500.0f)).body("betaaldeVoorschotten", equalTo(30000.0f))
                .body("terugTeVorderen", equalTo(5500.0f)).body("nogTeBetalen", equalTo(0.0f))
                .body("vaststellingsdatum", equalTo(TODAY.toString()))
                .extract().jsonPath();
        long id = settled.getLong("id");
        LocalDate sent = LocalDate.parse(settled.getString("verzondenOp"));
        assertEquals(sent.plusWeeks(6).toString(), settled.getString("bezwaartermijnTot"));
        assertEquals("/api/v1/vaststellingen/" + id + "/vaststelling.pdf", settled.getString("brief"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + application).then().body("status", equalTo("VASTGESTELD"));

        // read by the projectleider, the college and the school board; not by a partner, another board or the commissie
        for (String reader : List.of("projectleider", "bestuurder", "beheerder", "aanvrager-bms")) {
            Sessions.api(reader).get("/api/v1/jaarrapportages/" + report + "/vaststelling").then().statusCode(200)
                    .body("id", equalTo((int) id));
            Sessions.api(reader).get("/api/v1/vaststellingen/" + id).then().statusCode(200)
                    .body("terugTeVorderen", equalTo(5500.0f));
        }
        for (String other : List.of("aanvrager-proloog", "aanvrager-sinne")) {
            Sessions.api(other).get("/api/v1/jaarrapportages/" + report + "/vaststelling").then().statusCode(404);
            Sessions.api(other).get("/api/v1/vaststellingen/" + id).then().statusCode(404);
            Sessions.api(other).accept("application/pdf").get("/api/v1/vaststellingen/" + id + "/vaststelling.pdf").then()
                    .statusCode(404);
        }
        Sessions.api("commissie-bms").get("/api/v1/vaststellingen/" + id).then().statusCode(403);
        Sessions.api("commissie-bms").get("/api/v1/jaarrapportages/" + report + "/vaststelling").then().statusCode(403);
        Sessions.api("ontwikkelgroep").get("/api/v1/vaststellingen/" + id).then().statusCode(403);

        // the letter, in Dutch notation, with the reference, the grounds as typed and the objection's last day
        byte[] letter = Sessions.api("aanvrager-bms").accept("application/pdf")
                .get("/api/v1/vaststellingen/" + id + "/vaststelling.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(letter);
        for (String expected : List.of("Vaststelling van uw subsidie", "€ 30.000,00", "€ 24.500,00", "€ 5.500,00",
                settled.getString("kenmerk"), "IKC Sint Maarten", "<b>minder</b> besteed", "4:46", "4:57", "6:7",
                Dates.dutch(sent.plusWeeks(6)), "binnen zes weken")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        // by e-mail to the school board's aanvrager with the letter attached; not to the partner
        List<Mail> mails = mailbox.getMailsSentTo("aanvrager-bms@example.org");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("€\u00a05.500,00"), mails.get(0).getText());
        assertEquals("application/pdf", mails.get(0).getAttachments().get(0).getContentType());
        assertTrue(mailbox.getMailsSentTo("aanvrager-sinne@example.org").isEmpty());

        // twice: a conflict, nothing changed
        settle("projectleider", report, body("30000", "30000", null)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("al vastgesteld"));
        Sessions.api("projectleider").get("/api/v1/vaststellingen/" + id).then().body("vastgesteldBedrag", equalTo(24500.0f));
    }

    @Test
    void onlyAnApprovedReportIsSettledAndTheDefaultsFollowTheGrant() {
        GrantedRounds.GrantedRound round = GrantedRounds.of("60000", "IKC De Terp", "IKC Sint Jozef");
        long terp = round.application("IKC De Terp");
        long submitted = SettlementFixtures.report(terp, "30000", ReportStatus.INGEDIEND);
        settle("projectleider", submitted, body("30000", "30000", null)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("goedgekeurde jaarrapportage"));
        Sessions.api("projectleider").get("/api/v1/jaarrapportages/" + submitted + "/vaststelling").then().statusCode(404);
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + terp).then().body("status", equalTo("TOEGEKEND"));
        settle("projectleider", 999_999_999L, body("30000", "30000", null)).statusCode(404);
        long plataan = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == 'IKC Plataan' }.id");
        long withoutGrant = SettlementFixtures.unsubsidisedReport(plataan, round.year());
        settle("projectleider", withoutGrant, body("30000", "30000", null)).statusCode(409)
                .body("detail", containsString("niet bij een verleende subsidie"));

        // everything spent: with only a date, the grant is settled in full, nothing to reclaim or pay
        long jozef = round.application("IKC Sint Jozef");
        long approved = SettlementFixtures.approvedReport(jozef, "31000");
        Map<String, Object> onlyDate = new HashMap<>();
        onlyDate.put("vaststellingsdatum", TODAY.toString());
        settle("projectleider", approved, onlyDate).statusCode(201).body("vastgesteldBedrag", equalTo(30000.0f))
                .body("betaaldeVoorschotten", equalTo(30000.0f)).body("terugTeVorderen", equalTo(0.0f))
                .body("nogTeBetalen", equalTo(0.0f)).body("motivering", containsString("4:46"));
        Sessions.api("projectleider").get("/api/v1/aanvragen/" + jozef).then().body("status", equalTo("VASTGESTELD"));
        settle("projectleider", approved, onlyDate).statusCode(409);
    }

    static Map<String, Object> body(String finalAmount, String advances, String grounds) {
        Map<String, Object> body = new HashMap<>();
        body.put("vastgesteldBedrag", finalAmount);
        body.put("betaaldeVoorschotten", advances);
        body.put("motivering", grounds);
        body.put("vaststellingsdatum", TODAY.toString());
        return body;
    }

    static ValidatableResponse settle(String user, long report, Map<String, Object> body) {
        return Sessions.api(user).contentType("application/json").body(body)
                .post("/api/v1/jaarrapportages/" + report + "/vaststelling").then();
    }
}
