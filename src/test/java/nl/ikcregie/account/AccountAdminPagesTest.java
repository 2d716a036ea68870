package nl.ikcregie.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.ikcregie.Sessions;
import nl.ikcregie.Fixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountAdminPagesTest {

    @Test
    void theBeheerderCreatesAnAccountThatCanSignInWithItsRoleAndOrganisation() {
        String beheerder = Sessions.login("beheerder");
        String username = "aanvrager-" + UUID.randomUUID().toString().substring(0, 8);
        String location = Sessions.formPost(beheerder, "/beheer/accounts/nieuw")
                .formParam("gebruikersnaam", username).formParam("naam", "Nieuwe Aanvrager")
                .formParam("rol", "aanvrager")
                .formParam("organisatieId", Fixtures.organisationId("PCBO e.o."))
                .formParam("wachtwoord", "een-lang-wachtwoord")
                .post("/beheer/accounts").then().statusCode(303).extract().header("Location");
        Sessions.as(beheerder).get(location).then().statusCode(200).body(containsString("PCBO e.o."))
                .body(containsString(">Aangemaakt<"));
        given().auth().preemptive().basic(username, "een-lang-wachtwoord").get("/api/v1/organisaties")
                .then().statusCode(200).body("[0].naam", org.hamcrest.Matchers.equalTo("PCBO e.o."));
    }

    @Test
    void anAanvragerNeedsAnOrganisationAndAStrongPassword() {
        String beheerder = Sessions.login("beheerder");
        Sessions.formPost(beheerder, "/beheer/accounts/nieuw")
                .formParam("gebruikersnaam", "Fout Naam").formParam("naam", "X").formParam("rol", "aanvrager")
                .formParam("wachtwoord", "kort")
                .post("/beheer/accounts").then().statusCode(400)
                .body(containsString("id=\"gebruikersnaam-fout\""))
                .body(containsString("id=\"organisatieId-fout\""))
                .body(containsString("Kies een wachtwoord van ten minste 12 tekens."));
    }

    @Test
    void aBlockedAccountCannotSignIn() {
        String beheerder = Sessions.login("beheerder");
        String username = "geblokkeerd-" + UUID.randomUUID().toString().substring(0, 8);
        String location = Sessions.formPost(beheerder, "/beheer/accounts/nieuw")
                .formParam("gebruikersnaam", username).formParam("naam", "Wordt Geblokkeerd")
                .formParam("rol", "ontwikkelgroep").formParam("wachtwoord", "een-lang-wachtwoord")
                .post("/beheer/accounts").then().statusCode(303).extract().header("Location");
        String id = location.replaceAll(".*/beheer/accounts/(\\d+).*", "$1");
        given().auth().preemptive().basic(username, "een-lang-wachtwoord").get("/api/v1/ikcs").then().statusCode(200);
        Sessions.formPost(beheerder, "/beheer/accounts/" + id + "/bewerken")
                .formParam("versie", "0").formParam("naam", "Wordt Geblokkeerd").formParam("rol", "ontwikkelgroep")
                .post("/beheer/accounts/" + id).then().statusCode(303);
        given().auth().preemptive().basic(username, "een-lang-wachtwoord").get("/api/v1/ikcs").then().statusCode(401);
    }

    @Test
    void theBeheerderCannotLockThemselvesOut() {
        String beheerder = Sessions.login("beheerder");
        String page = Sessions.as(beheerder).get("/beheer/accounts").asString();
        String id = page.replaceAll("(?s).*href=\"/beheer/accounts/(\\d+)\">beheerder<.*", "$1");
        String version = Sessions.as(beheerder).get("/beheer/accounts/" + id + "/bewerken").asString()
                .replaceAll("(?s).*name=\"versie\" value=\"(\\d+)\".*", "$1");
        Sessions.formPost(beheerder, "/beheer/accounts/" + id + "/bewerken")
                .formParam("versie", version).formParam("naam", "Bea Beheer").formParam("rol", "projectleider")
                .post("/beheer/accounts/" + id).then().statusCode(400)
                .body(containsString("U kunt uw eigen beheerdersrol niet afnemen."))
                .body(containsString("U kunt uw eigen account niet blokkeren."));
    }

    @Test
    void aValidAccountPostByANonBeheerderIsRefused() {
        String projectleider = Sessions.login("projectleider");
        String username = "niet-" + UUID.randomUUID().toString().substring(0, 8);
        Sessions.formPost(projectleider, "/ikcs")
                .formParam("gebruikersnaam", username).formParam("naam", "Mag Niet").formParam("rol", "beheerder")
                .formParam("wachtwoord", "een-lang-wachtwoord")
                .post("/beheer/accounts").then().statusCode(403);
        given().auth().preemptive().basic(username, "een-lang-wachtwoord").get("/api/v1/ikcs").then().statusCode(401);
    }

    @Test
    void nobodyButTheBeheerderManagesAccounts() {
        for (String user : new String[] { "projectleider", "aanvrager-proloog", "commissie-bms", "bestuurder" }) {
            String session = Sessions.login(user);
            Sessions.as(session).get("/beheer/accounts").then().statusCode(403);
            Sessions.as(session).get("/beheer/accounts/nieuw").then().statusCode(403);
        }
    }

    @Test
    void everyoneChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String session = Sessions.login("commissie-proloog");
        Sessions.formPost(session, "/account/wachtwoord")
                .formParam("huidigWachtwoord", "niet-demo").formParam("nieuwWachtwoord", "nieuw-en-lang-genoeg")
                .formParam("herhaling", "iets-anders-ingevuld")
                .post("/account/wachtwoord").then().statusCode(400)
                .body(containsString("Dit is niet uw huidige wachtwoord."))
                .body(containsString("De twee nieuwe wachtwoorden zijn niet gelijk."));
        Sessions.login("commissie-proloog");
    }
}
