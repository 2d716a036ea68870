package nl.ikcregie.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import nl.ikcregie.Sessions;
import nl.ikcregie.shared.AuditEvent;
import org.junit.jupiter.api.Test;

/**
 * Signing in as a government service must: brute-force protection per account and per address,
 * sessions that end on the server, cookies that are HttpOnly, SameSite and (behind TLS) Secure, HSTS,
 * and every sign-in and refusal in the audit trail. The test profile trusts X-Forwarded-* headers, so
 * each test comes from an address of its own and can pose as a request that arrived over TLS.
 */
@QuarkusTest
class SignInSecurityTest {

    private static final String PASSWORD = "Zomerse-Fietstocht-42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject
    SignInGuard guard;

    @Inject
    RefusedSignIns refusals;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordAndOnlyThatAccount() {
        String username = newAccount();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            basic(username, "niet-het-goede-wachtwoord", address).get("/api/v1/ikcs").then().statusCode(401);
        }
        basic(username, PASSWORD, freshAddress()).get("/api/v1/ikcs").then().statusCode(401);
        basic("projectleider", "demo", address).get("/api/v1/ikcs").then().statusCode(200);
        awaitRefusalsRecorded();

        long id = accountId(username);
        List<AuditEvent> events = events(username);
        assertEquals(5, events.stream().filter(e -> e.action.equals(SignInGuard.AUDIT_FAILED)).count(), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.action.equals(SignInGuard.AUDIT_REFUSED) && e.entityId == id
                && e.details.contains("vergrendeld tot")), events.toString());
        assertTrue(events.stream().filter(e -> e.action.equals(SignInGuard.AUDIT_FAILED))
                .allMatch(e -> e.details.contains("vanaf " + address)), events.toString());

        // once the lock has passed the right password works again, and a success forgets the failures
        QuarkusTransaction.requiringNew().run(() -> SignInFailures.update("lockedUntil = ?1 where key.value = ?2",
                Instant.now().minusSeconds(1), username));
        basic(username, PASSWORD, freshAddress()).get("/api/v1/ikcs").then().statusCode(200);
        assertNull(QuarkusTransaction.requiringNew().call(() -> SignInFailures.find("key.value", username).firstResult()));
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        String address = freshAddress();
        for (int i = 0; i < 20; i++) {
            basic("bestaat-niet-" + i, "geraden", address).get("/api/v1/ikcs").then().statusCode(401);
        }
        basic("ontwikkelgroep", "demo", address).get("/api/v1/ikcs").then().statusCode(401);
        form("ontwikkelgroep", "demo", address).then().statusCode(302).header("Location", containsString("/login?fout"));
        basic("ontwikkelgroep", "demo", freshAddress()).get("/api/v1/ikcs").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> SignInFailures.delete("key.value", address));
    }

    @Test
    void theSameAnswerForAnUnknownNameAsForAWrongPassword() {
        Response unknown = form("niemand-" + UUID.randomUUID(), "wat-dan-ook", freshAddress());
        Response wrong = form(newAccount(), "wat-dan-ook", freshAddress());
        assertEquals(unknown.statusCode(), wrong.statusCode());
        assertEquals(unknown.header("Location"), wrong.header("Location"));
    }

    @Test
    void aFormSignInIsRecordedAndSigningOutEndsTheSessionForGood() {
        String username = newAccount();
        Response signIn = form(username, PASSWORD, freshAddress());
        String cookie = signIn.getCookie(Sessions.SESSION_COOKIE);
        String sessionId = signIn.getCookie(Sessions.SESSION_ID_COOKIE);
        assertNotNull(sessionId, "a server-side session");
        signedIn(cookie, sessionId).get("/ontwikkelgroep").then().statusCode(200);
        assertTrue(events(username).stream().anyMatch(e -> e.action.equals(SignInGuard.AUDIT_SIGNED_IN)));

        formPost(cookie, sessionId).post("/uitloggen").then().statusCode(303)
                .header("Location", endsWith("/login?afgemeld=true"));

        // the same cookies, kept by an attacker, sign no one in any more
        signedIn(cookie, sessionId).get("/ontwikkelgroep").then().statusCode(302).header("Location", containsString("/login"));
        assertTrue(events(username).stream().anyMatch(e -> e.action.equals("AFGEMELD")));
    }

    @Test
    void theSignInCookieAloneSignsNoOneIn() {
        String cookie = Sessions.login("ontwikkelgroep");
        given().redirects().follow(false).cookie(Sessions.SESSION_COOKIE, cookie).get("/ontwikkelgroep").then()
                .statusCode(302).header("Location", containsString("/login"));
        // nor with another person's session token
        String other = Sessions.sessionIdOf(Sessions.login("bestuurder"));
        signedIn(cookie, other).get("/ontwikkelgroep").then().statusCode(302);
    }

    @Test
    void aSessionEndsAfterItsLongestDuration() {
        String cookie = Sessions.login("ontwikkelgroep");
        Sessions.as(cookie).get("/ontwikkelgroep").then().statusCode(200);
        String hash = UserSessions.hash(Sessions.sessionIdOf(cookie));
        QuarkusTransaction.requiringNew().run(() -> UserSession.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minus(Duration.ofMinutes(1)), hash));
        Sessions.as(cookie).get("/ontwikkelgroep").then().statusCode(302);
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsButNotTheOneThatChangedIt() {
        String username = newAccount();
        Response first = form(username, PASSWORD, freshAddress());
        Response second = form(username, PASSWORD, freshAddress());
        String cookie = first.getCookie(Sessions.SESSION_COOKIE);
        String sessionId = first.getCookie(Sessions.SESSION_ID_COOKIE);
        formPost(cookie, sessionId).formParam("huidigWachtwoord", PASSWORD)
                .formParam("nieuwWachtwoord", "Herfstige-Wandeling-77").formParam("herhaling", "Herfstige-Wandeling-77")
                .post("/account/wachtwoord").then().statusCode(303);
        signedIn(cookie, sessionId).get("/ontwikkelgroep").then().statusCode(200);
        signedIn(second.getCookie(Sessions.SESSION_COOKIE), second.getCookie(Sessions.SESSION_ID_COOKIE))
                .get("/ontwikkelgroep").then().statusCode(302);
        assertTrue(events(username).stream().anyMatch(e -> e.action.equals("WACHTWOORD_GEWIJZIGD")
                && "1 andere sessie beëindigd".equals(e.details)), events(username).toString());
    }

    @Test
    void behindTlsTheCookiesAreSecureAndHstsIsSent() {
        Response overTls = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", freshAddress()).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "ontwikkelgroep").formParam("j_password", "demo").post("/j_security_check");
        assertEquals(302, overTls.statusCode());
        for (String name : List.of(Sessions.SESSION_COOKIE, Sessions.SESSION_ID_COOKIE)) {
            String setCookie = setCookie(overTls, name).toLowerCase(java.util.Locale.ROOT);
            assertTrue(setCookie.contains("; secure"), setCookie);
            assertTrue(setCookie.contains("; httponly"), setCookie);
            assertTrue(setCookie.contains("; samesite=strict"), setCookie);
        }
        assertEquals("max-age=31536000; includeSubDomains", overTls.header("Strict-Transport-Security"));

        Response plain = form("ontwikkelgroep", "demo", freshAddress());
        assertFalse(setCookie(plain, Sessions.SESSION_ID_COOKIE).toLowerCase(java.util.Locale.ROOT).contains("secure"));
        assertNull(plain.header("Strict-Transport-Security"), "no HSTS over plain HTTP (a local installation)");
    }

    @Test
    void theApiRefusesACrossSiteCallThatRestsOnTheSessionCookie() {
        String session = Sessions.login("projectleider");
        Sessions.as(session).accept("application/json").get("/api/v1/ikcs").then().statusCode(200);
        Sessions.as(session).accept("application/json").header("Sec-Fetch-Site", "same-origin").get("/api/v1/ikcs")
                .then().statusCode(200);
        Sessions.as(session).header("Sec-Fetch-Site", "cross-site").contentType("application/json").body("{}")
                .post("/api/v1/organisaties").then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Verzoek van een andere website geweigerd"));
        Sessions.as(session).header("Origin", "https://kwaadwillend.example").get("/api/v1/ikcs").then().statusCode(403);
        // a script with HTTP Basic is not a browser riding on a cookie
        Sessions.api("projectleider").header("Origin", "https://andere-gemeente.example").get("/api/v1/ikcs").then()
                .statusCode(200);
    }

    @Test
    void aDeniedAccessIsRecordedWithTheObjectItConcerns() {
        String session = Sessions.login("aanvrager-proloog");
        Sessions.as(session).get("/ikcs/nieuw").then().statusCode(403);
        Sessions.as(session).get("/beheer/accounts/1").then().statusCode(403);
        poll("the refusals are in the audit trail", () -> {
            List<AuditEvent> denied = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                    .<AuditEvent>list("action = ?1 and actor = ?2", "TOEGANG_GEWEIGERD", "aanvrager-proloog"));
            return denied.stream().anyMatch(e -> e.entityType.equals("TOEGANG") && e.details.startsWith("GET /ikcs/nieuw"))
                    && denied.stream().anyMatch(e -> e.entityType.equals("ACCOUNT") && e.entityId == 1L);
        });
    }

    @Test
    void aKnownApiClientIsComparedOnceAndAPasswordChangedOrBlockedElsewhereCountsAtOnce() {
        String username = newAccount();
        String address = freshAddress();
        long before = guard.comparisons();
        for (int i = 0; i < 10; i++) {
            basic(username, PASSWORD, address).get("/api/v1/ikcs").then().statusCode(200);
        }
        assertEquals(1, guard.comparisons() - before, "one bcrypt comparison for ten requests");

        // another instance sets a new password: this instance's cache is not told, the account's hash says it
        String next = "Herfstige-Wandeling-77";
        QuarkusTransaction.requiringNew().run(() -> User.update("passwordHash = ?1, version = version + 1 where username = ?2",
                BcryptUtil.bcryptHash(next), username));
        basic(username, PASSWORD, address).get("/api/v1/ikcs").then().statusCode(401);
        basic(username, next, address).get("/api/v1/ikcs").then().statusCode(200);

        // and blocks the account: refused at once, with the password that was just verified
        QuarkusTransaction.requiringNew().run(() -> User.update("active = false, version = version + 1 where username = ?1",
                username));
        basic(username, next, address).get("/api/v1/ikcs").then().statusCode(401);
        assertTrue(events(username).stream().anyMatch(e -> e.action.equals(SignInGuard.AUDIT_FAILED)
                && "account geblokkeerd".equals(e.reason)), events(username).toString());
    }

    @Test
    void aHundredSimultaneousRequestsOfANewClientCostOneComparison() throws Exception {
        String username = newAccount();
        String address = freshAddress();
        long before = guard.comparisons();
        List<Integer> statuses = simultaneously(100, i -> basicStatus(username, PASSWORD, address));
        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        assertEquals(1, guard.comparisons() - before, "the requests waited in their address's turn for the one comparison");
    }

    @Test
    void simultaneousFailuresFromOneAddressAreEachRecordedExactlyAndOthersAreServedMeanwhile() throws Exception {
        String flooder = "203.0.113." + ADDRESSES.getAndIncrement();
        String other = freshAddress();
        int sent = 60;
        // every seventh request is a valid one from another address, among the flood
        List<Integer> statuses = simultaneously(sent + 10, i -> i % 7 == 0 ? basicStatus("ontwikkelgroep", "demo", other)
                : basicStatus("bestaat-niet-" + UUID.randomUUID(), "geraden-" + i, flooder));
        for (int i = 0; i < statuses.size(); i++) {
            assertEquals(i % 7 == 0 ? 200 : 401, statuses.get(i), "request " + i + " of " + statuses);
        }
        awaitRefusalsRecorded();

        List<AuditEvent> recorded = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "action in ?1 and details like ?2", List.of(SignInGuard.AUDIT_FAILED, SignInGuard.AUDIT_REFUSED),
                "%vanaf " + flooder + ";%"));
        long failed = recorded.stream().filter(e -> e.action.equals(SignInGuard.AUDIT_FAILED)).count();
        assertEquals(sent, recorded.size(), "every attempt in the audit trail");
        // one address is checked one attempt at a time: the twentieth failure locks it, the rest are refused
        assertEquals(20, failed, recorded.toString());
        SignInFailures counter = QuarkusTransaction.requiringNew().call(() -> SignInFailures
                .<SignInFailures>find("key.kind = ?1 and key.value = ?2", SignInFailures.ADDRESS, flooder).firstResult());
        assertEquals(failed, counter.failures, "the counter holds exactly the failures recorded");
        assertTrue(counter.lockedUntil != null && counter.lockedUntil.isAfter(Instant.now()));
    }

    private static String newAccount() {
        String beheerder = Sessions.login("beheerder");
        String username = "beveiliging-" + UUID.randomUUID().toString().substring(0, 8);
        Sessions.formPost(beheerder, "/beheer/accounts/nieuw")
                .formParam("gebruikersnaam", username).formParam("naam", "Test Beveiliging")
                .formParam("rol", "ontwikkelgroep").formParam("wachtwoord", PASSWORD)
                .post("/beheer/accounts").then().statusCode(303);
        return username;
    }

    private static String freshAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    /** Runs {@code request} {@code count} times at once (from as many threads) and answers the statuses in order. */
    private static List<Integer> simultaneously(int count, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A Basic-authenticated API call with the JDK's client (REST Assured is not made for many threads at once). */
    private static int basicStatus(String username, String password, String address) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/ikcs"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(1)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitRefusalsRecorded() {
        try {
            assertTrue(refusals.awaitRecorded(Duration.ofSeconds(30)), "the refused sign-ins are written");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static RequestSpecification basic(String username, String password, String address) {
        return given().auth().preemptive().basic(username, password).header("X-Forwarded-For", address)
                .accept("application/json");
    }

    private static Response form(String username, String password, String address) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", username)
                .formParam("j_password", password).post("/j_security_check");
    }

    private static RequestSpecification signedIn(String cookie, String sessionId) {
        return given().redirects().follow(false).cookie(Sessions.SESSION_COOKIE, cookie)
                .cookie(Sessions.SESSION_ID_COOKIE, sessionId);
    }

    /** A form post of this session, with the CSRF cookie and field of its password page. */
    private static RequestSpecification formPost(String cookie, String sessionId) {
        Response page = signedIn(cookie, sessionId).get("/account/wachtwoord");
        assertEquals(200, page.statusCode());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.asString());
        assertTrue(m.find());
        return signedIn(cookie, sessionId).cookie(Sessions.CSRF_COOKIE, page.getCookie(Sessions.CSRF_COOKIE))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", m.group(1));
    }

    private static void poll(String what, java.util.function.BooleanSupplier done) {
        Instant until = Instant.now().plusSeconds(10);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie: " + response.headers()));
    }

    private static long accountId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }

    private static List<AuditEvent> events(String username) {
        long id = accountId(username);
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.history("ACCOUNT", id));
    }
}
