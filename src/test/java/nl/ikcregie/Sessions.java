package nl.ikcregie;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs demo users in through the real login form and posts HTML forms with their CSRF token. */
public final class Sessions {

    public static final String SESSION_COOKIE = "ikc-sessie";
    public static final String CSRF_COOKIE = "ikc-csrf";
    /** The server-side session's token, which the sign-in cookie is valid only with (see UserSessions). */
    public static final String SESSION_ID_COOKIE = "ikc-sessie-id";
    /** The session token that came with each sign-in cookie, so callers keep passing one value around. */
    private static final Map<String, String> SESSION_IDS = new ConcurrentHashMap<>();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Sessions() {
    }

    /** The session cookie value after a successful form login. */
    public static String login(String username) {
        Response response = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", "demo")
                .post("/j_security_check");
        String cookie = response.getCookie(SESSION_COOKIE);
        if (cookie == null) {
            throw new AssertionError("login failed for " + username + ": " + response.statusCode());
        }
        String sessionId = response.getCookie(SESSION_ID_COOKIE);
        if (sessionId == null) {
            throw new AssertionError("login of " + username + " started no server-side session");
        }
        SESSION_IDS.put(cookie, sessionId);
        return cookie;
    }

    /** The server-side session token that belongs to a sign-in cookie from {@link #login}. */
    public static String sessionIdOf(String session) {
        return SESSION_IDS.get(session);
    }

    public static RequestSpecification as(String session) {
        RequestSpecification request = given().redirects().follow(false).cookie(SESSION_COOKIE, session);
        String sessionId = SESSION_IDS.get(session);
        return sessionId == null ? request : request.cookie(SESSION_ID_COOKIE, sessionId);
    }

    /** A request carrying the CSRF cookie and form field taken from the form page at {@code formPath}. */
    public static RequestSpecification formPost(String session, String formPath) {
        Response page = as(session).get(formPath);
        Matcher matcher = CSRF_FIELD.matcher(page.asString());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field on " + formPath + " (" + page.statusCode() + ")");
        }
        return as(session).cookie(CSRF_COOKIE, page.getCookie(CSRF_COOKIE))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", matcher.group(1));
    }

    /** HTTP Basic for the JSON API, as scripts use it. */
    public static RequestSpecification api(String username) {
        return given().auth().preemptive().basic(username, "demo").accept("application/json");
    }
}
