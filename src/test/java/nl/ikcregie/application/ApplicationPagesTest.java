package nl.ikcregie.application;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationPagesTest {

    static String startDraft(String session, long round, String ikc) {
        String location = Sessions.formPost(session, "/rondes/" + round + "/aanvragen/nieuw")
                .formParam("ikcId", ApplicationResourceTest.ikcId(ikc))
                .post("/rondes/" + round + "/aanvragen").then().statusCode(303)
                .header("Location", endsWith("/stap/plan")).extract().header("Location");
        return location.replaceAll(".*/aanvragen/(\\d+)/stap/plan", "$1");
    }

    static int version(String session, String id) {
        String page = Sessions.as(session).get("/aanvragen/" + id + "/stap/plan").asString();
        return Integer.parseInt(page.replaceAll("(?s).*name=\"versie\" value=\"(\\d+)\".*", "$1"));
    }

    static RequestSpecification step(String session, String id, String slug) {
        return Sessions.formPost(session, "/aanvragen/" + id + "/stap/" + slug).formParam("versie", version(session, id));
    }

    @Test
    void theApplicantFillsTheStepsInDutchNotationAndSubmits() {
        long round = Rounds.open(Rounds.freshYear());
        String session = Sessions.login("aanvrager-proloog");
        String id = startDraft(session, round, "IKC Plataan");
        step(session, id, "plan").formParam("plan.waarom", "Veel kinderen hebben een taalachterstand.")
                .formParam("plan.hoe", "Van twee organisaties naar een team.").formParam("plan.wat", "Scholing; ouderkamer.")
                .formParam("draagvlak", "Team en MR staan erachter.").formParam("actie", "verder")
                .post("/aanvragen/" + id + "/stap/plan").then().statusCode(303)
                .header("Location", endsWith("/stap/zelfevaluatie"));
        RequestSpecification levels = step(session, id, "zelfevaluatie").formParam("actie", "verder");
        for (int i = 0; i < 12; i++) {
            levels.formParam("zelfevaluatie[" + i + "].criterium", i + 1)
                    .formParam("zelfevaluatie[" + i + "].huidigNiveau", "FACE_TO_FACE")
                    .formParam("zelfevaluatie[" + i + "].ambitieNiveau", "HAND_IN_HAND");
        }
        levels.post("/aanvragen/" + id + "/stap/zelfevaluatie").then().statusCode(303)
                .header("Location", endsWith("/stap/begroting"));
        step(session, id, "begroting").formParam("begrotingsregels[0].omschrijving", "Scholing team")
                .formParam("begrotingsregels[0].bedrag", "12.500,50")
                .formParam("begrotingsregels[0].cofinancieringOnderwijs", "2.000")
                .formParam("begrotingsregels[1].omschrijving", "").formParam("begrotingsregels[1].bedrag", "")
                .formParam("actie", "opslaan")
                .post("/aanvragen/" + id + "/stap/begroting").then().statusCode(303);
        Sessions.as(session).get("/aanvragen/" + id + "/stap/begroting").then().statusCode(200)
                .body(containsString("value=\"12.500,50\"")).body(containsString("€\u00a012.500,50"));
        Sessions.as(session).get("/aanvragen/" + id + "/indienen").then().statusCode(200)
                .body(containsString("De aanvraag is compleet"));
        String versionBefore = String.valueOf(version(session, id));
        io.restassured.specification.RequestSpecification submitForm = Sessions.formPost(session,
                "/aanvragen/" + id + "/indienen").formParam("versie", versionBefore);
        String receipt = submitForm.post("/aanvragen/" + id + "/indienen").then().statusCode(303)
                .header("Location", endsWith("?melding=ingediend")).extract().header("Location");
        // a double click posts the same form again: the same receipt, not a conflict, one submission
        submitForm.post("/aanvragen/" + id + "/indienen").then().statusCode(303).header("Location", equalTo(receipt));
        Sessions.as(session).get(receipt).then().statusCode(200)
                .body(containsString("Ontvangstbevestiging"))
                .body(matchesPattern("(?s).*KVK-\\d{4}-\\d{4}.*"))
                .body(not(containsString("Verder invullen")));
    }

    /** A multipart upload from the partners step, as the browser sends it (REST Assured sends it chunked). */
    static io.restassured.response.Response upload(String session, String id, String filename, byte[] content) {
        String formPath = "/aanvragen/" + id + "/stap/partners";
        io.restassured.response.Response form = Sessions.as(session).get(formPath);
        String token = form.asString().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return Sessions.as(session).cookie(Sessions.CSRF_COOKIE, form.getCookie(Sessions.CSRF_COOKIE))
                .multiPart("csrf-token", token).multiPart("versie", String.valueOf(version(session, id)))
                .multiPart("bijlage", filename, content, "application/pdf")
                .post("/aanvragen/" + id + "/bijlagen");
    }

    @Test
    void anAttachmentMustBeAPdfByItsContentAndIsServedAsADownload() {
        long round = Rounds.open(Rounds.freshYear());
        String session = Sessions.login("aanvrager-proloog");
        String id = startDraft(session, round, "IKC Plataan");
        upload(session, id, "plan.pdf", "geen pdf, alleen de naam".getBytes()).then().statusCode(400)
                .body(containsString("id=\"bijlage-fout\">Alleen PDF-bestanden zijn toegestaan."))
                .body(containsString("href=\"#bijlage\""))
                .body(matchesPattern("(?s).*<input id=\"bijlage\"[^>]*aria-invalid=\"true\".*"));
        upload(session, id, "plan.pdf", "%PDF-1.4\n%%EOF\n".getBytes()).then().statusCode(303)
                .header("Location", endsWith("/stap/partners?melding=bijlage"));
        String page = Sessions.as(session).get("/aanvragen/" + id + "/stap/partners").asString();
        String href = page.replaceAll("(?s).*href=\"(/aanvragen/" + id + "/bijlagen/\\d+)\">plan.pdf</a>.*", "$1");
        assertTrue(href.matches("/aanvragen/" + id + "/bijlagen/\\d+"), "no link to the attachment on the partners step");
        Sessions.as(session).get(href).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"plan.pdf\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aWrongAmountIsShownBesideItsFieldAndWhatWasTypedStays() {
        long round = Rounds.open(Rounds.freshYear());
        String session = Sessions.login("aanvrager-pcbo");
        String id = startDraft(session, round, "IKC De Terp");
        step(session, id, "begroting").formParam("begrotingsregels[0].omschrijving", "Ouderkamer")
                .formParam("begrotingsregels[0].bedrag", "12,500.50").formParam("actie", "opslaan")
                .post("/aanvragen/" + id + "/stap/begroting").then().statusCode(400)
                .body(containsString("id=\"begrotingsregels[0].bedrag-fout\">Vul een bedrag in euro"))
                .body(containsString("value=\"Ouderkamer\""));
        step(session, id, "begroting").formParam("begrotingsregels[0].omschrijving", "Te veel")
                .formParam("begrotingsregels[0].bedrag", "50.000,01").formParam("actie", "opslaan")
                .post("/aanvragen/" + id + "/stap/begroting").then().statusCode(400)
                .body(containsString("Het aangevraagde bedrag (€\u00a050.000,01) is hoger dan wat dit IKC"));
    }

    @Test
    void twoColleaguesEditingTheSameDraftGetAConflictWithBothVersionsShown() {
        long round = Rounds.open(Rounds.freshYear());
        String anke = Sessions.login("aanvrager-bms");
        String id = startDraft(anke, round, "IKC Franciscus");
        int stale = version(anke, id);
        step(anke, id, "plan").formParam("plan.waarom", "Tekst van collega").formParam("actie", "opslaan")
                .post("/aanvragen/" + id + "/stap/plan").then().statusCode(303);
        String other = Sessions.login("aanvrager-bms");
        Sessions.formPost(other, "/aanvragen/" + id + "/stap/plan").formParam("versie", stale)
                .formParam("plan.waarom", "Mijn eigen tekst").formParam("actie", "opslaan")
                .post("/aanvragen/" + id + "/stap/plan").then().statusCode(409)
                .body(containsString("Iemand anders heeft dit intussen gewijzigd"))
                .body(containsString(">Mijn eigen tekst</textarea>"))
                .body(containsString("Tekst van collega"));
        Sessions.as(anke).get("/aanvragen/" + id + "/stap/plan").then()
                .body(containsString(">Tekst van collega</textarea>"));
    }

    @Test
    void anotherBoardAndTheCommitteeCannotOpenTheDraftPages() {
        long round = Rounds.open(Rounds.freshYear());
        String session = Sessions.login("aanvrager-proloog");
        String id = startDraft(session, round, "IKC het Palet");
        Sessions.as(Sessions.login("aanvrager-pcbo")).get("/aanvragen/" + id).then().statusCode(404);
        Sessions.as(Sessions.login("aanvrager-pcbo")).get("/aanvragen/" + id + "/stap/plan").then().statusCode(404);
        Sessions.as(Sessions.login("commissie-proloog")).get("/aanvragen/" + id).then().statusCode(403);
        Sessions.as(Sessions.login("aanvrager-sinne")).get("/aanvragen/" + id).then().statusCode(200)
                .body(not(containsString("Verder invullen")));
        Sessions.as(Sessions.login("aanvrager-sinne")).get("/aanvragen/" + id + "/stap/plan").then().statusCode(403);
        Sessions.as(Sessions.login("aanvrager-sinne")).get("/aanvragen/" + id + "/indienen").then().statusCode(403);
        Sessions.as(Sessions.login("commissie-proloog")).get("/rondes/" + round + "/aanvragen").then().statusCode(403);
    }

    @Test
    void theProjectleiderSeesTheOverviewAndAsksForCompletion() {
        long round = Rounds.open(Rounds.freshYear());
        long id = ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC Aventurijn").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(ApplicationResourceTest.content(id, 0, "48000")).put("/api/v1/aanvragen/" + id).then().statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200);
        String projectleider = Sessions.login("projectleider");
        Sessions.as(projectleider).get("/rondes/" + round + "/aanvragen").then().statusCode(200)
                .body(containsString("€\u00a048.000,00")).body(containsString("IKC Aventurijn"));
        Sessions.formPost(projectleider, "/aanvragen/" + id).formParam("versie", 2)
                .formParam("ontbreekt", "").formParam("termijnTot", "")
                .post("/aanvragen/" + id + "/aanvulling").then().statusCode(400)
                .body(containsString("id=\"ontbreekt-fout\""));
        Sessions.formPost(projectleider, "/aanvragen/" + id).formParam("versie", 2)
                .formParam("ontbreekt", "De handtekening van de kinderopvangpartner")
                .formParam("termijnTot", java.time.LocalDate.now().plusDays(14).toString())
                .post("/aanvragen/" + id + "/aanvulling").then().statusCode(303);
        Sessions.as(projectleider).get("/aanvragen/" + id).then().statusCode(200)
                .body(containsString("Aanvulling gevraagd"))
                .body(containsString("De handtekening van de kinderopvangpartner"));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/rondes/" + round + "/aanvragen").then().statusCode(403);
    }

    @Test
    void theRoundListFiltersAndPagesWithoutLosingTheFilter() {
        long round = Rounds.open(Rounds.freshYear());
        long submitted = ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC Aventurijn").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(ApplicationResourceTest.content(submitted, 0, "12000")).put("/api/v1/aanvragen/" + submitted).then()
                .statusCode(200);
        Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("versie", 1))
                .post("/api/v1/aanvragen/" + submitted + "/indiening").then().statusCode(200);
        ApplicationResourceTest.draft(round, "aanvrager-pcbo", "IKC De Terp");
        String projectleider = Sessions.login("projectleider");
        String all = Sessions.as(projectleider).get("/rondes/" + round + "/aanvragen").then().statusCode(200)
                .extract().asString();
        assertTrue(all.contains("IKC Aventurijn") && all.contains("IKC De Terp"), all);
        assertTrue(all.contains("Aanvragen 1 tot en met 2 van 2"), "the caption counts the list");
        String drafts = Sessions.as(projectleider).get("/rondes/" + round + "/aanvragen?status=CONCEPT").then()
                .statusCode(200).extract().asString();
        assertTrue(drafts.contains("IKC De Terp") && !drafts.contains(">IKC Aventurijn<"), "only the draft");
        String search = Sessions.as(projectleider).get("/rondes/" + round + "/aanvragen?zoek=aventu").then()
                .statusCode(200).extract().asString();
        assertTrue(search.contains("IKC Aventurijn") && !search.contains(">IKC De Terp<"), "found by part of the name");
        String nothing = Sessions.as(projectleider).get("/rondes/" + round + "/aanvragen?zoek=100%25_zeker").then()
                .statusCode(200).extract().asString();
        assertTrue(nothing.contains("Geen aanvragen gevonden"), "wildcards are taken literally");
        // a hand-edited link still shows a list: an unknown status or page number is ignored
        Sessions.as(projectleider).get("/rondes/" + round + "/aanvragen?status=ONZIN&pagina=99&gebied=x").then()
                .statusCode(200).body(containsString("IKC De Terp"));
        // the college sees no drafts, not even when it asks for them
        String college = Sessions.as(Sessions.login("bestuurder")).get("/rondes/" + round + "/aanvragen?status=CONCEPT")
                .then().statusCode(200).extract().asString();
        assertTrue(!college.contains(">IKC De Terp<"), "no drafts for the college");
    }
}
