package nl.ikcregie.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.ikcregie.Sessions;
import nl.ikcregie.security.Endpoints.Endpoint;
import nl.ikcregie.security.Expectations.Row;
import org.junit.jupiter.api.Test;

/**
 * Walks every page and every API operation of the application with every role, and with the
 * organisation-bound roles of two organisations, and checks each answer against
 * {@code src/test/resources/security/authorization.csv} (see the README beside it). The endpoints
 * come from the compiled resource classes, cross-checked with the OpenAPI document, so an endpoint
 * without a row fails the build.
 */
@QuarkusTest
class AuthorizationWalkerTest {

    /** {@code -Dauthz.api=basic} walks the API with HTTP Basic (a bcrypt check per request, some minutes). */
    static final boolean API_WITH_BASIC = "basic".equalsIgnoreCase(System.getProperty("authz.api"));

    /** The user of the other school board: whatever it may open, Proloog's applications are not in it. */
    static final String OTHER_SCHOOL_BOARD = "aanvrager-pcbo";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    DataSource dataSource;

    /** Discovery, the list and the OpenAPI document agree: no endpoint without a row, no row without an endpoint. */
    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        List<Endpoint> endpoints = Endpoints.discover();
        Map<String, Row> rows = Expectations.read();
        List<String> problems = new ArrayList<>();

        Set<String> discovered = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
        for (Endpoint e : endpoints) {
            if (!rows.containsKey(e.key())) {
                problems.add(e.key() + " (" + String.join(", ", e.sources()) + ") has no row in " + Expectations.RESOURCE
                        + ". Decide who may use it and add a row; its annotations alone suggest:\n    " + suggestion(e));
            }
        }
        rows.values().stream().filter(r -> !discovered.contains(r.key())).forEach(r -> problems.add(
                Expectations.RESOURCE + ":" + r.line() + " names " + r.key() + ", which no resource method serves"));

        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = given().get(Endpoints.API + "/openapi.json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
                .forEach(m -> documented.add(Endpoint.key(m.toUpperCase(), Endpoints.API + path))));
        for (Endpoint e : endpoints) {
            if (e.isApi() && !e.hiddenFromOpenApi() && !documented.contains(e.key())) {
                problems.add(e.key() + " is an API operation missing from the OpenAPI document");
            }
        }
        documented.stream().filter(k -> !discovered.contains(k)).forEach(k -> problems.add(
                k + " is in the OpenAPI document but no resource method was found for it (discovery is broken)"));

        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) with the authorization list:\n" + String.join("\n", problems));
        }
    }

    /** The government's sanity rules hold in the list itself (the walk then shows the product keeps to the list). */
    @Test
    void theListKeepsTheSanityRules() {
        List<String> problems = new ArrayList<>();
        for (Row row : Expectations.read().values()) {
            String path = row.path();
            boolean write = !row.method().equals("GET");
            for (String user : Users.ALL) {
                if (!row.outcome(user).equals(Expectations.ALLOWED)) {
                    continue;
                }
                String rule = null;
                if ((path.equals("/beheer") || path.startsWith("/beheer/")) && !user.equals("beheerder")) {
                    rule = "only the beheerder reaches /beheer and account administration";
                } else if (user.equals("aanvrager-pcbo") && showsAProloogObject(path)) {
                    rule = "an aanvrager never sees another organisation's IKC, application, report, agreement or predicaat";
                } else if (user.startsWith("commissie-") && write && (path.contains("besluit") || path.contains("bezwa")
                        || path.contains("advies") || path.contains("vaststelling"))) {
                    rule = "a commissielid does not change advice, decisions or settlements";
                } else if ((user.equals("ontwikkelgroep") || user.equals("bestuurder")) && write
                        && path.matches("(/api/v1)?/aanvragen/\\{(id|aanvraagId)}.*") && !path.contains("/besluiten")) {
                    rule = "the ontwikkelgroep and the college do not change applications";
                }
                if (rule != null) {
                    problems.add(Expectations.RESOURCE + ":" + row.line() + " " + row.key() + " allows " + user + ": "
                            + rule);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Paths that name an object of Proloog (everything with an id but the rounds, aandachtsgebieden and years). */
    static boolean showsAProloogObject(String path) {
        String withoutShared = path.replaceAll("\\{(rondeId|jaar)}", "")
                .replaceAll("/(rondes|subsidierondes|aandachtsgebieden)/\\{id}", "");
        return withoutShared.contains("{");
    }

    /**
     * Every endpoint with every user: the answer the list expects, never a 5xx, nothing changed by a
     * denied write, and no reference of a Proloog application in anything the other school board gets.
     */
    @Test
    void everyUserGetsWhatTheListSays() throws SQLException {
        List<Endpoint> endpoints = Endpoints.discover();
        Map<String, Row> rows = Expectations.read();
        ProloogWorld world = ProloogWorld.get();
        Map<String, Identity> identities = new LinkedHashMap<>();
        for (String user : Users.ALL) {
            identities.put(user, Identity.of(user));
        }
        DatabaseFingerprint snapshots = new DatabaseFingerprint(dataSource);
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        long started = System.nanoTime();
        for (Endpoint endpoint : endpoints) {
            Row row = rows.get(endpoint.key());
            if (row == null) {
                continue; // reported by everyEndpointHasARowAndEveryRowAnEndpoint
            }
            String path = world.fill(endpoint.path()) + world.query(endpoint.path());
            for (String user : Users.ALL) {
                String expected = row.outcome(user);
                boolean deniedWrite = endpoint.isWrite() && !expected.equals(Expectations.ALLOWED);
                Map<String, Long> before = deniedWrite ? snapshots.take() : null;
                Response response = call(endpoint, identities.get(user), path);
                calls++;
                String got = describe(response);
                if (!meets(expected, response)) {
                    mismatches.add(line(endpoint, user, expected, got));
                } else if (user.equals(OTHER_SCHOOL_BOARD) && response.statusCode() < 400) {
                    String body = response.asString();
                    world.applicationReferences.stream().filter(body::contains).forEach(reference -> mismatches.add(
                            line(endpoint, user, expected + " without Proloog's application", got + " showing " + reference)));
                } else if (deniedWrite) {
                    List<String> changed = DatabaseFingerprint.changed(before, snapshots.take());
                    if (!changed.isEmpty()) {
                        mismatches.add(line(endpoint, user, expected + " and nothing changed",
                                got + " but it changed " + changed));
                    }
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Authorization walker: %d endpoints x %d users = %d requests in %d ms (API by %s)%n",
                endpoints.size(), Users.ALL.size(), calls, millis, API_WITH_BASIC ? "HTTP Basic" : "session");
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " answer(s) differ from " + Expectations.RESOURCE + ":\n"
                    + String.join("\n", mismatches));
        }
    }

    /**
     * Every state-changing form refuses a post without the CSRF token, or with another token than its
     * cookie's, even from a user who may use it, and nothing changes: a page on another site cannot
     * make a signed-in person's browser change anything.
     */
    @Test
    void everyFormRefusesAPostWithoutItsCsrfToken() throws SQLException {
        Map<String, Row> rows = Expectations.read();
        ProloogWorld world = ProloogWorld.get();
        Map<String, String> sessions = new LinkedHashMap<>();
        DatabaseFingerprint snapshots = new DatabaseFingerprint(dataSource);
        List<String> mismatches = new ArrayList<>();
        int forms = 0;
        for (Endpoint endpoint : Endpoints.discover()) {
            Row row = rows.get(endpoint.key());
            if (endpoint.isApi() || !endpoint.isWrite() || row == null) {
                continue;
            }
            String user = Users.ALL.stream().filter(u -> !u.equals(Users.ANONYMOUS))
                    .filter(u -> row.outcome(u).equals(Expectations.ALLOWED)).findFirst().orElse(null);
            if (user == null) {
                continue;
            }
            String session = endpoint.path().equals("/uitloggen") ? Sessions.login(user)
                    : sessions.computeIfAbsent(user, Sessions::login);
            String path = world.fill(endpoint.path()) + world.query(endpoint.path());
            for (boolean wrongToken : new boolean[] { false, true }) {
                RequestSpecification spec = Sessions.as(session).accept("*/*");
                if (wrongToken) {
                    spec.cookie(Sessions.CSRF_COOKIE, "een-eigen-token-van-de-aanvaller-0123456789");
                }
                String token = wrongToken ? "een-ander-token-0123456789abcdef" : null;
                if ("multipart/form-data".equals(endpoint.consumes())) {
                    spec.multiPart("bestand", "bijlage.pdf", "%PDF-1.4 x".getBytes(StandardCharsets.UTF_8), "application/pdf");
                    if (token != null) {
                        spec.multiPart("csrf-token", token);
                    }
                } else {
                    spec.contentType("application/x-www-form-urlencoded").formParam("versie", "0");
                    if (token != null) {
                        spec.formParam("csrf-token", token);
                    }
                }
                Map<String, Long> before = snapshots.take();
                Response response = spec.request(endpoint.method(), path);
                forms++;
                List<String> changed = DatabaseFingerprint.changed(before, snapshots.take());
                // the CSRF filter answers 400 without a body before the form is read; a form's own 400 shows the form
                if (response.statusCode() != 400 || !response.asString().isEmpty() || !changed.isEmpty()) {
                    mismatches.add(line(endpoint, user, "400 and nothing changed (" + (wrongToken ? "wrong" : "no")
                            + " CSRF token)", describe(response) + (changed.isEmpty() ? "" : " and changed " + changed)));
                }
            }
        }
        System.out.printf("CSRF: %d form posts without a valid token%n", forms);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " form(s) took a post without a valid CSRF token:\n" + String.join("\n", mismatches));
        }
    }

    /** Sign-in by HTTP Basic works for every walked account (the walk itself uses the form session unless told otherwise). */
    @Test
    void everyAccountSignsInToTheApiWithBasic() {
        for (String user : Users.ALL) {
            if (!user.equals(Users.ANONYMOUS)) {
                Sessions.api(user).get(Endpoints.API + "/subsidierondes").then().statusCode(200);
            }
        }
        given().get(Endpoints.API + "/subsidierondes").then().statusCode(401);
    }

    // ---- calling ---------------------------------------------------------------------------------

    /** A signed-in user's form session and CSRF token (one sign-in per user), or the anonymous visitor's token. */
    record Identity(String user, String session, String csrfCookie, String csrfField) {

        static Identity of(String user) {
            if (user.equals(Users.ANONYMOUS)) {
                // the login page sets the token cookie; without a signature key the form field carries the same value
                String cookie = given().redirects().follow(false).get("/login").getCookie(Sessions.CSRF_COOKIE);
                return new Identity(user, null, cookie, cookie);
            }
            String session = Sessions.login(user);
            Response page = Sessions.as(session).get("/account/wachtwoord");
            Matcher matcher = CSRF_FIELD.matcher(page.asString());
            if (!matcher.find()) {
                throw new AssertionError("no CSRF field for " + user + " on /account/wachtwoord (" + page.statusCode() + ")");
            }
            return new Identity(user, session, page.getCookie(Sessions.CSRF_COOKIE), matcher.group(1));
        }

        boolean anonymous() {
            return session == null;
        }
    }

    /**
     * The request a user would make, with input that cannot change anything: an empty JSON object,
     * an empty form (with its CSRF token), or an empty upload. An allowed write answers 400 or 409.
     */
    static Response call(Endpoint endpoint, Identity identity, String path) {
        RequestSpecification spec = given().redirects().follow(false).accept("*/*");
        boolean basic = endpoint.isApi() && API_WITH_BASIC;
        if (!identity.anonymous()) {
            if (basic) {
                spec.auth().preemptive().basic(identity.user(), "demo");
            } else {
                // signing out ends the session on the server: it gets a session of its own, the walk keeps the other
                String session = endpoint.path().equals("/uitloggen") ? Sessions.login(identity.user()) : identity.session();
                spec.cookie(Sessions.SESSION_COOKIE, session).cookie(Sessions.SESSION_ID_COOKIE, Sessions.sessionIdOf(session));
            }
        }
        if (endpoint.isWrite()) {
            if (!basic && identity.csrfCookie() != null) {
                spec.cookie(Sessions.CSRF_COOKIE, identity.csrfCookie()).header("X-CSRF-TOKEN", identity.csrfField());
            }
            String consumes = endpoint.consumes() != null ? endpoint.consumes()
                    : endpoint.isApi() ? "application/json" : "application/x-www-form-urlencoded";
            switch (consumes) {
                case "multipart/form-data" -> spec.multiPart("csrf-token", identity.csrfField() == null ? ""
                        : identity.csrfField());
                case "application/x-www-form-urlencoded" -> spec.contentType(consumes)
                        .formParam("csrf-token", identity.csrfField() == null ? "" : identity.csrfField());
                case "application/json" -> {
                    if (!endpoint.method().equals("DELETE")) {
                        spec.contentType(consumes).body("{}");
                    }
                }
                default -> spec.contentType(consumes).body(new byte[0]);
            }
        }
        return spec.request(endpoint.method(), path);
    }

    /**
     * Whether the answer is what the list says: the exact denial, or for {@code allowed} anything but
     * 401, 403, 404 and a redirect to the login page. A 5xx never is.
     */
    static boolean meets(String expected, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return false;
        }
        boolean toLogin = status == 302 && String.valueOf(response.header("Location")).contains("/login");
        return switch (expected) {
            case Expectations.ALLOWED -> status != 401 && status != 403 && status != 404 && !toLogin;
            case "302" -> toLogin;
            default -> status == Integer.parseInt(expected);
        };
    }

    static String describe(Response response) {
        String location = response.header("Location");
        return response.statusCode() + (location == null ? "" : " to " + location.replaceFirst("^https?://[^/]+", ""));
    }

    static String line(Endpoint endpoint, String user, String expected, String got) {
        return String.format("%-6s %-70s %-18s: expected %s, got %s", endpoint.method(), endpoint.path(), user, expected,
                got);
    }

    static String suggestion(Endpoint e) {
        List<String> cells = new ArrayList<>(List.of(e.method(), e.path()));
        for (String user : Users.ALL) {
            String role = Endpoints.roleOf(user);
            cells.add(e.access().lets(role) ? Expectations.ALLOWED : role == null ? (e.isApi() ? "401" : "302") : "403");
        }
        cells.add(e.access().describe() + "; TODO check the service's organisation and state rules");
        return String.join(" ; ", cells);
    }

}
