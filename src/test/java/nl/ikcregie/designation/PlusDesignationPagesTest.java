package nl.ikcregie.designation;

import static nl.ikcregie.designation.PlusDesignationFixtures.areaAndIkc;
import static nl.ikcregie.designation.PlusDesignationFixtures.propose;
import static nl.ikcregie.designation.PlusDesignationFixtures.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import nl.ikcregie.Sessions;
import nl.ikcregie.shared.ClockProducer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlusDesignationPagesTest {

    @Test
    void aValidProposalRedirectsToThePredicaatAnInvalidOneShowsTheError() {
        long ikc = areaAndIkc()[1];
        String session = Sessions.login("projectleider");
        Sessions.formPost(session, "/plus-predicaten/nieuw").post("/plus-predicaten").then().statusCode(400)
                .body(containsString("id=\"ikcId-fout\">Maak een keuze.</div>"));
        String location = Sessions.formPost(session, "/plus-predicaten/nieuw").formParam("ikcId", ikc)
                .post("/plus-predicaten").then().statusCode(303).extract().header("Location");
        Sessions.as(session).get(location).then().statusCode(200)
                .body(containsString("Het IKC is voorgedragen"))
                .body(containsString("0 van de 11 voorwaarden voldaan"))
                .body(containsString("Is gemotiveerd om 8 jaar deel te nemen aan de uitvoering van Kansen voor Kinderen 2."))
                .body(containsString("Tijdlijn van"))
                .body(containsString("Predicaat toekennen"));
    }

    @Test
    void grantingWithAnUnmetConditionAsksForTheExceptionBesideItsField() {
        long id = propose(areaAndIkc()[1]);
        String session = Sessions.login("projectleider");
        String today = LocalDate.now(ClockProducer.AMSTERDAM).toString();
        Sessions.formPost(session, "/plus-predicaten/" + id).formParam("versie", version(id))
                .formParam("besluitdatum", today).formParam("geldigVanaf", today)
                .post("/plus-predicaten/" + id + "/toekenning").then().statusCode(400)
                .body(containsString("id=\"uitzonderingsmotivering-fout\""));
        Sessions.formPost(session, "/plus-predicaten/" + id + "/voorwaarden/1").formParam("versie", version(id))
                .formParam("voldaan", "true").formParam("onderbouwing", "Directeur en locatiemanager sturen samen")
                .post("/plus-predicaten/" + id + "/voorwaarden/1").then().statusCode(303);
        Sessions.as(session).get("/plus-predicaten/" + id).then().body(containsString("1 van de 11 voorwaarden voldaan"));
    }

    @Test
    void theIkcPageLeadsToItsPredicatenAndTimeline() {
        long ikc = areaAndIkc()[1];
        long id = propose(ikc);
        String session = Sessions.login("projectleider");
        Sessions.as(session).get("/ikcs/" + ikc).then().statusCode(200)
                .body(containsString("/plus-predicaten?ikcId=" + ikc));
        Sessions.as(session).get("/plus-predicaten?ikcId=" + ikc).then().statusCode(200)
                .body(containsString("/plus-predicaten/" + id + "\""))
                .body(not(containsString("IKC Plataan")));
    }

    @Test
    void aCommissielidReadsWithoutForms() {
        long id = PlusDesignationFixtures.demoDesignation("IKC Plataan");
        String session = Sessions.login("commissie-bms");
        Sessions.as(session).get("/plus-predicaten").then().statusCode(200).body(containsString("IKC Plataan"))
                .body(not(containsString("IKC voordragen")));
        Sessions.as(session).get("/plus-predicaten/" + id).then().statusCode(200)
                .body(containsString("Tijdlijn van IKC Plataan"))
                .body(containsString("<time datetime=\"2024-12-17\"")).body(not(containsString("Herijking vastleggen")));
        Sessions.as(session).get("/plus-predicaten/nieuw").then().statusCode(403);
        Sessions.as(Sessions.login("aanvrager-bms")).get("/plus-predicaten/" + id).then().statusCode(404);
    }

    @Test
    void aProposalHasNoReviewFormAConflictNotAFailure() {
        long id = propose(areaAndIkc()[1]);
        String session = Sessions.login("projectleider");
        Sessions.as(session).get("/plus-predicaten/" + id + "/herijking").then().statusCode(409)
                .body(containsString("kan niet worden herijkt"));
        Sessions.formPost(session, "/plus-predicaten/" + id).formParam("versie", version(id))
                .post("/plus-predicaten/" + id + "/herijkingen").then().statusCode(409)
                .body(containsString("kan niet worden herijkt"));
    }

    @Test
    void theReviewFormShowsWhatChangedAndTheElevenConditions() {
        long id = PlusDesignationFixtures.demoDesignation("OBS Potmarge");
        String session = Sessions.login("projectleider");
        Sessions.as(session).get("/plus-predicaten/" + id + "/herijking").then().statusCode(200)
                .body(containsString("Wat is er veranderd?")).body(containsString("Potmargezone"))
                .body(containsString("voorwaarden[10].voldaan"));
        Sessions.as(session).get("/plus-predicaten").then().statusCode(200).body(containsString("nu nodig"));
        Sessions.as(session).get("/projectleider").then().statusCode(200).body(containsString("Herijking Plus-IKC"))
                .body(containsString("OBS Potmarge"));
    }
}
