package nl.ikcregie.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.application.ApplicationResourceTest;
import org.junit.jupiter.api.Test;

/**
 * A body over the HTTP limit (11 MB; a PDF may be 10 MB) is answered in Dutch: a page in the product's
 * layout for a form, problem+json for the API. Nothing is stored.
 */
@QuarkusTest
class TooLargeRequestsTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Twelve megabytes that start like a PDF, so only the size is wrong. */
    static byte[] twelveMegabytePdf() {
        byte[] content = new byte[12 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes();
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    @Test
    void aTooLargeUploadOnAPageGetsADutchPageWithAWayBackAndStoresNothing() {
        long round = Rounds.open(Rounds.freshYear());
        long id = ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        String session = Sessions.login("aanvrager-proloog");
        String formPath = "/aanvragen/" + id + "/stap/partners";
        Response form = Sessions.as(session).get(formPath);
        Matcher csrf = CSRF_FIELD.matcher(form.asString());
        assertTrue(csrf.find(), "no CSRF field on " + formPath);

        Sessions.as(session).cookie(Sessions.CSRF_COOKIE, form.getCookie(Sessions.CSRF_COOKIE))
                .header("Referer", io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + formPath)
                .multiPart("csrf-token", csrf.group(1)).multiPart("versie", "0")
                .multiPart("bijlage", "plan.pdf", twelveMegabytePdf(), "application/pdf")
                .post("/aanvragen/" + id + "/bijlagen")
                .then().statusCode(413)
                .contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<html lang=\"nl\""))
                .body(containsString("<h1 class=\"utrecht-heading-1\">Bestand te groot</h1>"))
                .body(containsString("Een bijlage is ten hoogste 10 MB."))
                .body(containsString("Er is niets opgeslagen."))
                .body(containsString("href=\"" + formPath + "\">Terug naar het formulier</a>"))
                .body(containsString("Naar de inhoud"))
                // the answer does not say who is signed in, nor does it show the menu
                .body(not(containsString("Aangemeld als")));

        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then().statusCode(200)
                .body("bijlagen", empty()).body("versie", equalTo(0));
        // after a failed upload the form is shown at the upload's address: opened again, it leads to the step
        Sessions.as(session).get("/aanvragen/" + id + "/bijlagen").then().statusCode(303)
                .header("Location", endsWith(formPath));
    }

    @Test
    void aTooLargeUploadToTheApiGetsAProblemAndStoresNothing() {
        long round = Rounds.open(Rounds.freshYear());
        long id = ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");

        Sessions.api("aanvrager-proloog").contentType("application/pdf").header("If-Match", "\"0\"")
                .queryParam("bestandsnaam", "plan.pdf").body(twelveMegabytePdf())
                .post("/api/v1/aanvragen/" + id + "/bijlagen")
                .then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413))
                .body("title", equalTo("Bestand te groot"))
                .body("detail", containsString("Een bijlage is ten hoogste 10 MB."))
                .body("instance", equalTo("/api/v1/aanvragen/" + id + "/bijlagen"));
        // a multipart body is refused alike, before anything reads it
        Sessions.api("aanvrager-proloog").header("If-Match", "\"0\"")
                .multiPart("bijlage", "plan.pdf", twelveMegabytePdf(), "application/pdf")
                .post("/api/v1/aanvragen/" + id + "/bijlagen")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Bestand te groot"));

        Sessions.api("aanvrager-proloog").get("/api/v1/aanvragen/" + id).then().statusCode(200)
                .body("bijlagen", empty()).body("versie", equalTo(0));
    }

    @Test
    void onlyALinkToOneOfOurOwnPagesIsAWayBack() {
        assertEquals("/aanvragen/7/stap/partners?melding=x",
                TooLargeRequests.formPage("http://ikc.example/aanvragen/7/stap/partners?melding=x", "ikc.example"));
        assertNull(TooLargeRequests.formPage("https://elders.example/aanvragen/7", "ikc.example"));
        assertNull(TooLargeRequests.formPage("http://ikc.example//elders.example/x", "ikc.example"));
        assertNull(TooLargeRequests.formPage("javascript:alert(1)", "ikc.example"));
        assertNull(TooLargeRequests.formPage(null, "ikc.example"));
    }
}
