package nl.ikcregie.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BaselinePageTest {

    @Test
    void theYardstickShowsOneOrganisationToTheBeheerderOnly() {
        long proloog = Fixtures.organisationId("Proloog");
        Sessions.as(Sessions.login("beheerder")).get("/beheer/meetpunt/" + proloog).then().statusCode(200)
                .body(containsString("Organisatie " + proloog + ": Proloog"));
        Sessions.as(Sessions.login("beheerder")).get("/beheer/meetpunt/999999999").then().statusCode(404);
        for (String user : new String[] { "projectleider", "aanvrager-proloog", "commissie-pcbo", "bestuurder",
                "ontwikkelgroep" }) {
            Sessions.as(Sessions.login(user)).get("/beheer/meetpunt/" + proloog).then().statusCode(403);
        }
        given().redirects().follow(false).get("/beheer/meetpunt/" + proloog).then().statusCode(302);
    }
}
