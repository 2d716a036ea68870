package nl.ikcregie.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementPagesTest {

    @Test
    void theListShowsEachCallerOnlyWhatItMaySee() {
        Sessions.as(Sessions.login("projectleider")).get("/resultaatafspraken").then().statusCode(200)
                .body(containsString("IKC Plataan")).body(containsString("IKC Prins Maurits"))
                .body(containsString("Nieuwe resultaatafspraak"));
        Sessions.as(Sessions.login("aanvrager-pcbo")).get("/resultaatafspraken").then().statusCode(200)
                .body(containsString("IKC Prins Maurits")).body(not(containsString("IKC Plataan")))
                .body(not(containsString("Nieuwe resultaatafspraak")));
        Sessions.as(Sessions.login("commissie-pcbo")).get("/resultaatafspraken").then().statusCode(403);
        Sessions.as(Sessions.login("commissie-pcbo")).get("/").then().body(not(containsString("href=\"/resultaatafspraken\"")));
    }

    @Test
    void theProjectleiderDraftsEditsAndThePartiesConsentThroughThePages() {
        String lead = Sessions.login("projectleider");
        long ikc = AgreementFixtures.plusIkc("Proloog", "Sinne Kinderopvang");
        String location = Sessions.formPost(lead, "/resultaatafspraken/nieuw").formParam("ikcId", ikc)
                .formParam("kinderopvangId", Fixtures.organisationId("Sinne Kinderopvang"))
                .post("/resultaatafspraken").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/resultaatafspraken/(\\d+)/bewerken.*", "$1"));
        long revision = AgreementFixtures.revision(id);
        // an invalid amount: the form comes back with the message beside the field and what was typed
        Sessions.formPost(lead, "/resultaatafspraken/" + id + "/bewerken").formParam("versie", 1)
                .formParam("revisie", revision).formParam("doelen[0].titel", "Taal voor iedereen")
                .formParam("bijdragen[0].partij", "GEMEENTE").formParam("bijdragen[0].bron", "OAB")
                .formParam("bijdragen[0].jaar", "2021").formParam("bijdragen[0].bedrag", "veel")
                .post("/resultaatafspraken/" + id + "/bewerken").then().statusCode(400)
                .body(containsString("Vul een bedrag in euro&#39;s in"))
                .body(containsString("aria-invalid=\"true\"")).body(containsString("Taal voor iedereen"));
        Sessions.formPost(lead, "/resultaatafspraken/" + id + "/bewerken").formParam("versie", 1)
                .formParam("revisie", revision).formParam("doelen[0].titel", "Taal voor iedereen")
                .formParam("bijdragen[0].partij", "GEMEENTE").formParam("bijdragen[0].bron", "OAB")
                .formParam("bijdragen[0].jaar", "2021").formParam("bijdragen[0].bedrag", "12.500,00")
                .post("/resultaatafspraken/" + id + "/bewerken").then().statusCode(303)
                .header("Location", containsString("/resultaatafspraken/" + id + "?melding=opgeslagen"));
        // a second save based on the old revision: the conflict view, with the typed text kept
        Sessions.formPost(lead, "/resultaatafspraken/" + id + "/bewerken").formParam("versie", 1)
                .formParam("revisie", revision).formParam("doelen[0].titel", "Oude titel uit tabblad twee")
                .post("/resultaatafspraken/" + id + "/bewerken").then().statusCode(409)
                .body(containsString("intussen gewijzigd")).body(containsString("Oude titel uit tabblad twee"));
        Sessions.as(lead).get("/resultaatafspraken/" + id).then().statusCode(200)
                .body(containsString("12.500,00")).body(containsString("Instemmen"));
        String koepel = Sessions.login("aanvrager-proloog");
        Sessions.formPost(koepel, "/resultaatafspraken/" + id).formParam("versie", 1)
                .formParam("revisie", AgreementFixtures.revision(id))
                .post("/resultaatafspraken/" + id + "/instemming").then().statusCode(303)
                .header("Location", containsString("melding=ingestemd"));
        Sessions.as(Sessions.login("aanvrager-pcbo")).get("/resultaatafspraken/" + id).then().statusCode(404);
        Sessions.as(lead).get("/resultaatafspraken/" + id + "/verschillen?van=1&naar=1").then().statusCode(200)
                .body(containsString("dezelfde inhoud"));
        Sessions.as(lead).get("/resultaatafspraken/toezeggingen?organisatieId=" + Fixtures.organisationId("Proloog"))
                .then().statusCode(200).body(containsString("Toezeggingen van Proloog"));
    }
}
