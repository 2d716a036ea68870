package nl.ikcregie.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IkcPagesTest {

    @Test
    void aValidFormPostRedirectsToTheNewIkc() {
        String session = Sessions.login("projectleider");
        String name = "IKC Formulier " + UUID.randomUUID();
        String location = Sessions.formPost(session, "/ikcs/nieuw")
                .formParam("naam", name)
                .formParam("organisatieId", IkcResourceTest.organisationId("PCBO e.o."))
                .formParam("kinderopvangIds", IkcResourceTest.organisationId("Sinne Kinderopvang"))
                .formParam("kinderopvangIds", IkcResourceTest.organisationId("Stichting Kinderopvang Friesland"))
                .formParam("categorie", "KLEINE_KERN").formParam("wijk", "Wirdum")
                .formParam("speciaalOnderwijs", "true")
                .post("/ikcs")
                .then().statusCode(303).header("Location", containsString("?melding=aangemaakt"))
                .extract().header("Location");
        Sessions.as(session).get(location).then().statusCode(200)
                .body(containsString(name))
                .body(containsString("Het IKC is toegevoegd."))
                .body(containsString("Sinne Kinderopvang, Stichting Kinderopvang Friesland"))
                .body(containsString(">Aangemaakt<"));
    }

    @Test
    void anInvalidFormIsShownAgainWithTheErrorBesideTheFieldAndTheTypedValuesKept() {
        String session = Sessions.login("projectleider");
        Sessions.formPost(session, "/ikcs/nieuw")
                .formParam("naam", "")
                .formParam("wijk", "Camminghaburen")
                .formParam("categorie", "PLUS")
                .post("/ikcs")
                .then().statusCode(400)
                .body(containsString("id=\"naam-fout\">Vul dit veld in.</div>"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("Een Plus-IKC ligt in een aandachtsgebied"))
                .body(containsString("value=\"Camminghaburen\""));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        String session = Sessions.login("projectleider");
        int before = IkcResourceTest.ikcCount();
        Sessions.as(session).contentType("application/x-www-form-urlencoded")
                .formParam("naam", "IKC Zonder Token " + UUID.randomUUID())
                .formParam("organisatieId", IkcResourceTest.organisationId("Proloog"))
                .formParam("categorie", "REGULIER")
                .post("/ikcs").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(before, IkcResourceTest.ikcCount());
    }

    @Test
    void aConcurrentEditShowsAConflictAndKeepsWhatWasTyped() {
        String name = "IKC Gelijktijdig " + UUID.randomUUID();
        long id = IkcResourceTest.create(name);
        String session = Sessions.login("projectleider");
        // someone else saves first (version 0 -> 1)
        java.util.Map<String, Object> other = new java.util.HashMap<>(IkcResourceTest.newIkc(name + " door collega"));
        other.put("versie", 0);
        Sessions.api("beheerder").contentType("application/json").body(other).put("/api/v1/ikcs/" + id)
                .then().statusCode(200);
        Sessions.formPost(session, "/ikcs/" + id + "/bewerken")
                .formParam("versie", "0")
                .formParam("naam", name + " door mij")
                .formParam("organisatieId", IkcResourceTest.organisationId("Proloog"))
                .formParam("kinderopvangIds", IkcResourceTest.organisationId("Sinne Kinderopvang"))
                .formParam("categorie", "REGULIER")
                .post("/ikcs/" + id)
                .then().statusCode(409)
                .body(containsString("Iemand anders heeft dit intussen gewijzigd"))
                .body(containsString("value=\"" + name + " door mij\""))
                .body(containsString(name + " door collega"))
                .body(containsString("name=\"versie\" value=\"1\""));
        Sessions.api("projectleider").get("/api/v1/ikcs/" + id).then()
                .body("naam", org.hamcrest.Matchers.equalTo(name + " door collega"));
    }

    @Test
    void onlyMaintainersSeeTheFormAndTheButtons() {
        String aanvrager = Sessions.login("aanvrager-proloog");
        Sessions.as(aanvrager).get("/ikcs/nieuw").then().statusCode(403).body(containsString("Geen toegang"));
        Sessions.as(aanvrager).get("/ikcs").then().statusCode(200).body(not(containsString("IKC toevoegen")));
        Sessions.as(Sessions.login("projectleider")).get("/ikcs").then().statusCode(200)
                .body(containsString("IKC toevoegen"));
    }

    @Test
    void aValidFormPostByANonMaintainerIsRefusedAndChangesNothing() {
        int before = IkcResourceTest.ikcCount();
        String session = Sessions.login("commissie-proloog");
        Sessions.formPost(session, "/ikcs")
                .formParam("naam", "IKC Niet Toegestaan " + UUID.randomUUID())
                .formParam("organisatieId", IkcResourceTest.organisationId("Proloog"))
                .formParam("kinderopvangIds", IkcResourceTest.organisationId("Sinne Kinderopvang"))
                .formParam("categorie", "REGULIER")
                .post("/ikcs").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(before, IkcResourceTest.ikcCount());
    }

    @Test
    void theProjectleiderRecordsAChildCountOnTheIkcPage() {
        long id = IkcResourceTest.create("IKC Telling " + UUID.randomUUID());
        String session = Sessions.login("projectleider");
        Sessions.formPost(session, "/ikcs/" + id).formParam("teldatum", "2026-10-01").formParam("aantal", "veel")
                .post("/ikcs/" + id + "/kindaantallen").then().statusCode(400)
                .body(containsString("id=\"aantal-fout\">Vul een heel getal in."));
        Sessions.formPost(session, "/ikcs/" + id).formParam("teldatum", "2026-10-01").formParam("aantal", "215")
                .post("/ikcs/" + id + "/kindaantallen").then().statusCode(303);
        Sessions.as(session).get("/ikcs/" + id).then().body(containsString("1 oktober 2026: 215 kinderen"));
        Sessions.formPost(Sessions.login("aanvrager-proloog"), "/ikcs")
                .formParam("teldatum", "2026-10-01").formParam("aantal", "1")
                .post("/ikcs/" + id + "/kindaantallen").then().statusCode(403);
    }

    @Test
    void anAanvragerCannotOpenAnotherBoardsIkcPage() {
        long id = IkcResourceTest.create("IKC Alleen Proloog " + UUID.randomUUID());
        Sessions.as(Sessions.login("aanvrager-bms")).get("/ikcs/" + id).then().statusCode(404)
                .body(containsString("Niet gevonden"));
    }

    @Test
    void logoutEndsTheSession() {
        String session = Sessions.login("ontwikkelgroep");
        Sessions.formPost(session, "/ikcs").post("/uitloggen").then().statusCode(303)
                .header("Location", endsWith("/login?afgemeld=true"))
                .cookie(Sessions.SESSION_COOKIE, "").cookie(Sessions.SESSION_ID_COOKIE, "");
        // the server ended the session: the old cookies, had someone kept them, sign no one in
        Sessions.as(session).get("/ikcs").then().statusCode(302).header("Location", containsString("/login"));
    }
}
