package nl.ikcregie.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AccessTest {

    /** Demo user and the start page of their role. */
    static final Map<String, String> HOMES = Map.of(
            "beheerder", "/beheer",
            "projectleider", "/projectleider",
            "commissie-pcbo", "/commissie",
            "aanvrager-proloog", "/aanvrager",
            "bestuurder", "/college",
            "ontwikkelgroep", "/ontwikkelgroep");

    @ParameterizedTest
    @ValueSource(strings = { "beheerder", "projectleider", "commissie-pcbo", "aanvrager-proloog", "bestuurder",
            "ontwikkelgroep" })
    void eachRoleReachesItsOwnHomeAndNoOtherRolesHome(String user) {
        String session = Sessions.login(user);
        Sessions.as(session).get("/").then().statusCode(303).header("Location", endsWith(HOMES.get(user)));
        Sessions.as(session).get(HOMES.get(user)).then().statusCode(200)
                .body(containsString("<html lang=\"nl\""));
        HOMES.forEach((other, home) -> {
            if (!other.equals(user)) {
                Sessions.as(session).get(home).then().statusCode(403).body(containsString("Geen toegang"));
            }
        });
    }

    @Test
    void theStartPagesShowTheRunningRoundsAndOwnApplications() {
        Sessions.as(Sessions.login("projectleider")).get("/projectleider").then().statusCode(200)
                .body(containsString("Lopende subsidierondes")).body(containsString("Subsidieronde 2027"));
        Sessions.as(Sessions.login("aanvrager-proloog")).get("/aanvrager").then().statusCode(200)
                .body(containsString("Uw aanvragen")).body(containsString("IKC Plataan"))
                .body(containsString("Subsidieronde 2027</strong> is open"));
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginPage() {
        given().redirects().follow(false).get("/ikcs").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void anonymousApiRequestGets401() {
        given().get("/api/v1/ikcs").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void anonymousMaySeeOnlyLoginStatementHealthAndOpenApi() {
        given().get("/login").then().statusCode(200).body(containsString("Aanmelden bij IKC Regie"));
        given().get("/toegankelijkheid").then().statusCode(200).body(containsString("Toegankelijkheidsverklaring"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database migrations' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/api/v1/openapi.json").then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().redirects().follow(false).get("/organisaties").then().statusCode(302);
        given().redirects().follow(false).get("/beheer/accounts").then().statusCode(302);
        given().get("/q/metrics").then().statusCode(401);
    }

    @Test
    void badLoginShowsADutchError() {
        String location = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "projectleider").formParam("j_password", "fout")
                .post("/j_security_check")
                .then().statusCode(302).extract().header("Location");
        given().get(location).then().statusCode(200)
                .body(containsString("de combinatie van gebruikersnaam en wachtwoord is onjuist"));
    }

    @Test
    void wrongBasicCredentialsGet401() {
        given().auth().preemptive().basic("projectleider", "fout").get("/api/v1/ikcs").then().statusCode(401);
    }

    @Test
    void metricsAreForTheBeheerderOnly() {
        given().auth().preemptive().basic("beheerder", "demo").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
        given().auth().preemptive().basic("projectleider", "demo").get("/q/metrics").then().statusCode(403);
    }
}
