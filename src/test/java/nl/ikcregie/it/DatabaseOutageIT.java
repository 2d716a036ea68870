package nl.ikcregie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running instance and comes back: meanwhile the instance says it is
 * not ready and answers 503 (problem+json for the API, the Dutch error page for people) with
 * Retry-After, never a 500 or a stack trace; afterwards it serves again without a restart.
 */
class DatabaseOutageIT {

    /** What must never reach a client: exception class names, stack frames, SQL driver texts. */
    static final Pattern INTERNALS = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]|java\\.|org\\.hibernate|org\\.mariadb|"
            + "SQLState|Socket fail|Stack:");

    static ItDatabase database;
    static AppInstance app;

    @BeforeAll
    static void startInstance() {
        database = ItDatabase.start();
        app = AppInstance.on(database, "database-outage", Map.of());
        app.start();
    }

    @AfterAll
    static void stopAll() {
        Cleanup.all(app, database);
    }

    @Test
    void aLostDatabaseGives503AndTheInstanceRecoversWhenItIsBack() {
        Http api = Http.basic(app, "projectleider");
        String session = Http.signIn(app, "projectleider");
        Http page = Http.session(app, session);
        api.get("/api/v1/ikcs").expect(200);
        page.get("/ikcs").expect(200);
        long pid = app.pid();

        database.stop();

        Poll.until("readiness reports DOWN with 503", Duration.ofMinutes(1),
                () -> app.readiness() == 503);
        Http.Answer ready = Http.anonymous(app).get("/q/health/ready");
        assertEquals(503, ready.status(), ready.toString());
        assertEquals("DOWN", ready.json().path("status").asText(), ready.toString());

        Http.Answer apiAnswer = api.get("/api/v1/ikcs");
        assertEquals(503, apiAnswer.status(), apiAnswer.toString());
        assertTrue(apiAnswer.header("content-type").startsWith("application/problem+json"), apiAnswer.toString());
        JsonNode problem = apiAnswer.json();
        assertEquals(503, problem.path("status").asInt(), apiAnswer.toString());
        assertEquals("Tijdelijk niet beschikbaar", problem.path("title").asText(), apiAnswer.toString());
        assertTrue(problem.path("detail").asText().contains("Probeer het over een paar minuten opnieuw"), apiAnswer.toString());
        assertRetryAfter(apiAnswer);
        assertNoInternals(apiAnswer);

        Http.Answer pageAnswer = page.get("/ikcs");
        assertEquals(503, pageAnswer.status(), pageAnswer.toString());
        assertTrue(pageAnswer.header("content-type").startsWith("text/html"), pageAnswer.toString());
        assertTrue(pageAnswer.body().contains("<html lang=\"nl\"") && pageAnswer.body().contains("Tijdelijk niet beschikbaar"),
                "the Dutch error page: " + pageAnswer);
        assertRetryAfter(pageAnswer);
        assertNoInternals(pageAnswer);

        // signing in needs the accounts in the database: the same page, not a 500
        Http.Answer signIn = Http.anonymous(app).postForm("/j_security_check",
                Map.of("j_username", "projectleider", "j_password", "demo"));
        assertEquals(503, signIn.status(), signIn.toString());
        assertTrue(signIn.body().contains("Tijdelijk niet beschikbaar"), signIn.toString());
        assertNoInternals(signIn);

        database.startAgain();

        Poll.until("readiness reports UP again by itself", Duration.ofMinutes(2), () -> app.readiness() == 200);
        Http.Answer back = Http.anonymous(app).get("/q/health/ready");
        assertEquals("UP", back.json().path("status").asText(), back.toString());
        api.get("/api/v1/ikcs").expect(200);
        page.get("/ikcs").expect(200);
        assertTrue(app.isAlive() && app.pid() == pid, "the same process served throughout, without a restart");
    }

    private static void assertRetryAfter(Http.Answer answer) {
        String retryAfter = answer.header("Retry-After");
        assertNotNull(retryAfter, "Retry-After on " + answer);
        assertTrue(Integer.parseInt(retryAfter) > 0, "Retry-After in seconds: " + retryAfter);
    }

    private static void assertNoInternals(Http.Answer answer) {
        assertFalse(INTERNALS.matcher(answer.body()).find(), "no stack trace or class name: " + answer);
    }
}
