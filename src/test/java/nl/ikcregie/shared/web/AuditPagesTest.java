package nl.ikcregie.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import nl.ikcregie.application.ApplicationResourceTest;
import nl.ikcregie.shared.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AuditPagesTest {

    @Test
    void theProjectleiderSeesTheAuditTrailOfAnApplicationWithBeforeAndAfter() {
        long round = Rounds.open(Rounds.freshYear());
        long id = ApplicationResourceTest.draft(round, "aanvrager-proloog", "IKC Plataan").getLong("id");
        Sessions.api("aanvrager-proloog").contentType("application/json")
                .body(ApplicationResourceTest.content(id, 0, "12500")).put("/api/v1/aanvragen/" + id).then().statusCode(200);
        String projectleider = Sessions.login("projectleider");
        Sessions.as(projectleider).get("/audit?soort=AANVRAAG&id=" + id).then().statusCode(200)
                .body(containsString("Audittrail"))
                .body(containsString("aanvrager-proloog"))
                .body(containsString("waarom: (leeg) → Veel kinderen starten met een taalachterstand."))
                .body(containsString("begroting: (leeg) → Activiteit 1 €\u00a012.500,00"))
                .body(containsString(">Aangemaakt"));
        // the application's own page links to it, for the projectleider only
        Sessions.as(projectleider).get("/aanvragen/" + id).then().statusCode(200)
                .body(containsString("/audit?soort=AANVRAAG&amp;id=" + id));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/aanvragen/" + id).then().statusCode(200)
                .body(not(containsString("Volledige audittrail")));
    }

    @Test
    void theBeheerderAlsoSeesSignInsAndRefusalsWithoutAnObject() {
        String beheerder = Sessions.login("beheerder");
        long projectleider = QuarkusTransaction.requiringNew().call(() ->
                nl.ikcregie.account.User.findByUsername("projectleider").orElseThrow().id);
        Sessions.login("projectleider");
        Sessions.as(beheerder).get("/audit?soort=ACCOUNT&id=" + projectleider).then().statusCode(200)
                .body(containsString("Aangemeld"));
        Sessions.as(beheerder).get("/audit?soort=TOEGANG").then().statusCode(200);
        // the projectleider does not see accounts: their sign-ins are the beheerder's to look into
        Sessions.as(Sessions.login("projectleider")).get("/audit?soort=ACCOUNT&id=" + projectleider).then()
                .statusCode(400).body(containsString("id=\"soort-fout\"")).body(not(containsString(">account ")));
    }

    @Test
    void aWrongNumberIsNamedBesideItsField() {
        Sessions.as(Sessions.login("projectleider")).get("/audit?soort=AANVRAAG&id=twaalf").then().statusCode(400)
                .body(containsString("id=\"id-fout\"")).body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void withoutAnObjectTheNewestEventsComeFirstAPageAtATime() {
        long total = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count());
        Sessions.as(Sessions.login("projectleider")).get("/audit").then().statusCode(200)
                .body(containsString("gebeurtenissen 1 tot en met 50"));
        Sessions.as(Sessions.login("projectleider")).get("/audit?pagina=2").then().statusCode(200)
                .body(containsString("gebeurtenissen 51 tot en met"));
        org.junit.jupiter.api.Assertions.assertTrue(total > 100, "the demo has a trail of some length: " + total);
    }

    @ParameterizedTest
    @ValueSource(strings = { "aanvrager-proloog", "commissie-pcbo", "bestuurder", "ontwikkelgroep" })
    void otherRolesMayNotReadTheAuditTrail(String user) {
        Sessions.as(Sessions.login(user)).get("/audit").then().statusCode(403);
    }

    @Test
    void anonymousIsSentToSignIn() {
        given().redirects().follow(false).get("/audit").then().statusCode(302);
    }
}
