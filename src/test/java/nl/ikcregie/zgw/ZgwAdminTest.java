package nl.ikcregie.zgw;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * The beheerder's view of the registration (switched off in the default test profile: nothing is sent),
 * trying a failed registration again, and every other role refused.
 */
@QuarkusTest
class ZgwAdminTest {

    @Test
    void theBeheerderSeesAFailedRegistrationWithItsErrorAndTriesItAgain() {
        long application = ClosedRounds.of("750000", "IKC De Terp").application("IKC De Terp");
        String reference = Sessions.api("projectleider").get("/api/v1/aanvragen/" + application).jsonPath()
                .getString("kenmerk");
        long id = ZgwFixtures.failedRegistration(application, "POST https://zaken.example/zaken answered 400: zaaktype");

        Sessions.api("beheerder").get("/api/v1/zgw-registraties?status=MISLUKT").then().statusCode(200)
                .body("find { it.id == " + id + " }.kenmerk", equalTo(reference))
                .body("find { it.id == " + id + " }.laatsteFout", containsString("answered 400"))
                .body("find { it.id == " + id + " }.pogingen", equalTo(20));
        Sessions.as(Sessions.login("beheerder")).get("/beheer/zgw").then().statusCode(200)
                .body(containsString(reference)).body(containsString("answered 400: zaaktype"))
                .body(containsString("staat uit"));

        // without a version, or with a stale one, nothing changes
        Sessions.api("beheerder").contentType("application/json").body(Map.of())
                .post("/api/v1/zgw-registraties/" + id + "/nieuwe-poging").then().statusCode(400)
                .body("invalidParams.name", hasItem("versie"));
        Sessions.api("beheerder").contentType("application/json").body(Map.of("versie", 99))
                .post("/api/v1/zgw-registraties/" + id + "/nieuwe-poging").then().statusCode(409);
        assertEquals(RegistrationState.MISLUKT, state(id));

        long version = QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.<ZgwOutbox>findById(id).version);
        Sessions.api("beheerder").contentType("application/json").body(Map.of("versie", version))
                .post("/api/v1/zgw-registraties/" + id + "/nieuwe-poging").then().statusCode(200)
                .body("status", equalTo("WACHTEND")).body("pogingen", equalTo(0));
        assertEquals(RegistrationState.WACHTEND, state(id));
        // recorded: who tried again, from which state
        Sessions.api("beheerder").get("/api/v1/zgw-registraties").then().body("id", hasItem((int) id));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> nl.ikcregie.shared.AuditEvent
                .count("entityType = ?1 and entityId = ?2 and action = 'OPNIEUW' and actor = 'beheerder'",
                        ZgwAdminService.AUDIT_TYPE, id)));
        // the registration is off: the worker sends nothing, the row stays waiting
        assertEquals(RegistrationState.WACHTEND, state(id));
    }

    @Test
    void noOtherRoleSeesOrRetriesRegistrations() {
        long application = ClosedRounds.of("750000", "OBS Potmarge").application("OBS Potmarge");
        long id = ZgwFixtures.failedRegistration(application, "Verbinding geweigerd");
        long version = QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.<ZgwOutbox>findById(id).version);
        for (String user : new String[] { "projectleider", "bestuurder", "ontwikkelgroep", "aanvrager-proloog",
                "commissie-pcbo" }) {
            Sessions.api(user).get("/api/v1/zgw-registraties").then().statusCode(403);
            Sessions.api(user).contentType("application/json").body(Map.of("versie", version))
                    .post("/api/v1/zgw-registraties/" + id + "/nieuwe-poging").then().statusCode(403);
            Sessions.as(Sessions.login(user)).get("/beheer/zgw").then().statusCode(403);
        }
        io.restassured.RestAssured.given().get("/api/v1/zgw-registraties").then().statusCode(401);
        assertEquals(RegistrationState.MISLUKT, state(id));
        assertEquals(version, (long) QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.<ZgwOutbox>findById(id).version));
    }

    @Test
    void aBadStatusFilterIsNamed() {
        Sessions.api("beheerder").get("/api/v1/zgw-registraties?status=KAPOT").then().statusCode(400)
                .body("invalidParams.name", hasItem("status"));
    }

    @Test
    void withTheRegistrationOffASubmissionWritesNothingToTheOutbox() {
        long before = QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.count());
        ClosedRounds.of("750000", "IKC Prins Maurits");
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.count()));
    }

    private static RegistrationState state(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.<ZgwOutbox>findById(id).state);
    }
}
