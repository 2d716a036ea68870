package nl.ikcregie.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.ClosedRounds.ClosedRound;
import nl.ikcregie.PdfText;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.Money;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdvicePdfTest {

    static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";
    /** What an applicant might type into the plan: it must print as these characters, never as markup. */
    static final String TYPED = "<b>Ouderkamer</b> & <script>alert('x')</script>";

    @Test
    void theCollegeReadsTheAdviceAsPdfWithFiguresNamesAndTheApplicantsTextAsTyped() {
        Map<String, String> amounts = new LinkedHashMap<>();
        amounts.put("IKC De Wâldrâne", "12500"); // Proloog
        amounts.put("IKC It Skriuwboerd", "30000"); // PCBO
        amounts.put("IKC Sint Ludger", "20000"); // Bisschop Möller Stichting
        amounts.put("IKC Aventurijn", "25000"); // Proloog, Plus-IKC in Bilgaard & Havankpark e.o.
        ClosedRound round = ClosedRounds.of("60000", amounts, Map.of("IKC De Wâldrâne", TYPED));
        long waldrane = round.application("IKC De Wâldrâne");
        assess(waldrane, "commissie-bms", 4);
        assess(waldrane, "commissie-pcbo", 5);
        LocalDate due = LocalDate.now(ClockProducer.AMSTERDAM).plusMonths(6);
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("eindscore", "4,5", "geadviseerdBedrag", "12.000",
                        "motivering", "Sterk plan; de ouderkamer <i>telt</i>.",
                        "inspanningsverplichtingen", List.of(Map.of("omschrijving", "Ouderkamer openen",
                                "deadline", due.toString()))))
                .put("/api/v1/aanvragen/" + waldrane + "/consensus").then().statusCode(200);

        String base = "/api/v1/subsidierondes/" + round.id();
        JsonPath advice = Sessions.api("projectleider").get(base + "/advies").then().statusCode(200)
                .body("items.find { it.aanvraagId == " + waldrane + " }.motivering",
                        equalTo("Sterk plan; de ouderkamer <i>telt</i>."))
                .body("items.find { it.aanvraagId == " + waldrane + " }.inspanningsverplichtingen[0].deadline",
                        equalTo(due.toString()))
                .extract().jsonPath();
        byte[] pdf = Sessions.api("bestuurder").accept(PDF_OR_PROBLEM).get(base + "/advies.pdf").then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline; filename=\"advies-ikc-commissie-ronde-"))
                .extract().asByteArray();

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = PdfText.of(pdf);
        String title = Sessions.api("projectleider").get(base).jsonPath().getString("titel");
        assertContains(text, "Advies IKC-commissie — Testronde");
        assertContains(text, "Subsidieronde " + title);
        assertContains(text, "Subsidiejaar " + round.year());
        assertContains(text, "Subsidieplafond € 60.000,00");
        assertContains(text, "Datum " + Dates.dutch(LocalDate.now(ClockProducer.AMSTERDAM)));
        assertContains(text, "70% van het plafond (€ 42.000,00)");
        BigDecimal total = new BigDecimal(advice.getString("totaalGeadviseerd"));
        assertContains(text, "Totaal € 87.500,00 " + Money.format(total).replace('\u00a0', ' '));
        for (String ikc : amounts.keySet()) {
            assertContains(text, ikc);
        }
        assertContains(text, "Bisschop Möller Stichting");
        assertContains(text, "Bilgaard & Havankpark e.o.");
        assertContains(text, TYPED);
        assertContains(text, "Sterk plan; de ouderkamer <i>telt</i>.");
        assertContains(text, "Ouderkamer openen (uiterlijk " + Dates.dutch(due) + ")");
        assertContains(text, "Nog geen consensus vastgelegd");
        assertContains(text, "Pagina 1 van ");
        assertContains(text, "KVK-" + round.year() + "-0001 IKC De Wâldrâne");
        List<Map<String, Object>> items = advice.getList("items");
        for (Map<String, Object> item : items) {
            assertContains(text, Money.format(new BigDecimal(item.get("geadviseerdBedrag").toString()))
                    .replace('\u00a0', ' '));
        }
    }

    @Test
    void onlyTheProjectleiderAndTheCollegeGetThePdfAndOnlyOnceTheRoundIsClosed() {
        ClosedRound round = ClosedRounds.of("100000", "IKC It Skriuwboerd");
        String path = "/api/v1/subsidierondes/" + round.id() + "/advies.pdf";
        Sessions.api("aanvrager-pcbo").accept(PDF_OR_PROBLEM).get(path).then().statusCode(403)
                .contentType("application/problem+json");
        Sessions.api("commissie-bms").accept(PDF_OR_PROBLEM).get(path).then().statusCode(403);
        // the link on the advice page: a signed-in browser gets the PDF with its session
        String session = Sessions.login("projectleider");
        Sessions.as(session).get("/rondes/" + round.id() + "/advies").then().statusCode(200)
                .body(containsString("Advies als PDF")).body(containsString("href=\"" + path + "\""));
        Sessions.as(session).get(path).then().statusCode(200).contentType("application/pdf");

        long open = Rounds.open(Rounds.freshYear());
        Sessions.api("projectleider").accept(PDF_OR_PROBLEM).get("/api/v1/subsidierondes/" + open + "/advies.pdf")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("gesloten"));
        Sessions.api("bestuurder").accept(PDF_OR_PROBLEM).get("/api/v1/subsidierondes/987654321/advies.pdf").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static void assess(long application, String member, int score) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            scores.add(Map.of("criterium", c, "score", score, "motivering", "Onderbouwd in het plan, punt " + c));
        }
        Sessions.api(member).contentType("application/json")
                .body(Map.of("scores", scores, "voorgesteldBedrag", "12000", "inspanningsverplichtingen", List.of()))
                .post("/api/v1/aanvragen/" + application + "/beoordelingen").then().statusCode(201);
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in the PDF text:\n" + text);
    }
}
