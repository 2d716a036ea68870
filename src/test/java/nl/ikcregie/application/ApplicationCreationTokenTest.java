package nl.ikcregie.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/** Starting an application twice with the same form token or Idempotency-Key starts one draft (issue 8, faults). */
@QuarkusTest
class ApplicationCreationTokenTest {

    static final Pattern TOKEN_FIELD = Pattern.compile("name=\"aanmaaktoken\" value=\"([^\"]+)\"");

    static String formToken(String session, long round) {
        Matcher matcher = TOKEN_FIELD.matcher(Sessions.as(session).get("/rondes/" + round + "/aanvragen/nieuw").asString());
        if (!matcher.find()) {
            throw new AssertionError("no aanmaaktoken on the new-application form");
        }
        return matcher.group(1);
    }

    static String postForm(String session, long round, String ikc, String token) {
        return Sessions.formPost(session, "/rondes/" + round + "/aanvragen/nieuw")
                .formParam("ikcId", ApplicationResourceTest.ikcId(ikc)).formParam("aanmaaktoken", token)
                .post("/rondes/" + round + "/aanvragen").then().statusCode(303).extract().header("Location");
    }

    static int drafts(String user, long round) {
        return Sessions.api(user).get("/api/v1/aanvragen?subsidierondeId=" + round).then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    static Response start(String user, long round, String ikc, String key) {
        var request = Sessions.api(user).contentType("application/json").body(Map.of("ikcId", ApplicationResourceTest.ikcId(ikc)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/subsidierondes/" + round + "/aanvragen");
    }

    @Test
    void aRepostedFormStartsOneDraftAndAFreshFormAnother() {
        long round = Rounds.open(Rounds.freshYear());
        String session = Sessions.login("aanvrager-proloog");
        String token = formToken(session, round);
        String first = postForm(session, round, "IKC Plataan", token);
        String again = postForm(session, round, "IKC Plataan", token);
        assertEquals(first, again);
        assertEquals(1, drafts("aanvrager-proloog", round));

        String fresh = formToken(session, round);
        assertNotEquals(token, fresh);
        String second = postForm(session, round, "IKC Plataan", fresh);
        assertNotEquals(first, second);
        assertEquals(2, drafts("aanvrager-proloog", round));
    }

    @Test
    void theFormKeepsItsTokenWhenShownAgainWithErrors() {
        long round = Rounds.open(Rounds.freshYear());
        String session = Sessions.login("aanvrager-proloog");
        String token = formToken(session, round);
        Sessions.formPost(session, "/rondes/" + round + "/aanvragen/nieuw").formParam("aanmaaktoken", token)
                .post("/rondes/" + round + "/aanvragen").then().statusCode(400)
                .body(containsString("value=\"" + token + "\""));
    }

    @Test
    void theSameIdempotencyKeyAnswers201Then200WithTheSameDraft() {
        long round = Rounds.open(Rounds.freshYear());
        String key = UUID.randomUUID().toString();
        Response first = start("aanvrager-proloog", round, "IKC Plataan", key);
        first.then().statusCode(201).body("status", equalTo("CONCEPT"));
        long id = first.jsonPath().getLong("id");
        assertEquals("/api/v1/aanvragen/" + id, first.header("Location").replaceAll("^https?://[^/]+", ""));
        start("aanvrager-proloog", round, "IKC Plataan", key).then().statusCode(200).body("id", equalTo((int) id));
        assertEquals(1, drafts("aanvrager-proloog", round));
    }

    @Test
    void withoutAKeyEveryStartIsANewDraft() {
        long round = Rounds.open(Rounds.freshYear());
        start("aanvrager-proloog", round, "IKC Plataan", null).then().statusCode(201);
        start("aanvrager-proloog", round, "IKC Plataan", null).then().statusCode(201);
        assertEquals(2, drafts("aanvrager-proloog", round));
    }

    @Test
    void aTooLongKeyIsInvalidInput() {
        long round = Rounds.open(Rounds.freshYear());
        start("aanvrager-proloog", round, "IKC Plataan", "k".repeat(65)).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("Idempotency-Key"));
        start("aanvrager-proloog", round, "IKC Plataan", "k".repeat(64)).then().statusCode(201);
    }

    @Test
    void anotherOrganisationsKeyIsAConflictThatNamesNothing() {
        long round = Rounds.open(Rounds.freshYear());
        String key = UUID.randomUUID().toString();
        long id = start("aanvrager-proloog", round, "IKC Plataan", key).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        start("aanvrager-pcbo", round, "IKC De Terp", key).then().statusCode(409)
                .contentType("application/problem+json").body(not(containsString("Plataan")))
                .body(not(containsString("/aanvragen/" + id)));
        // the same key for another IKC of the same school board is no repeat either
        start("aanvrager-proloog", round, "OBS Potmarge", key).then().statusCode(409);
        assertEquals(0, drafts("aanvrager-pcbo", round));
        assertEquals(1, drafts("aanvrager-proloog", round));
    }

    @Test
    void simultaneousStartsWithOneKeyMakeOneDraft() throws Exception {
        long round = Rounds.open(Rounds.freshYear());
        String key = UUID.randomUUID().toString();
        long ikc = ApplicationResourceTest.ikcId("IKC Plataan");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(() -> Sessions.api("aanvrager-proloog").contentType("application/json")
                        .header("Idempotency-Key", key).body(Map.of("ikcId", ikc))
                        .post("/api/v1/subsidierondes/" + round + "/aanvragen"));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(posts)) {
                statuses.add(answer.get().statusCode());
                ids.add(answer.get().jsonPath().getLong("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, drafts("aanvrager-proloog", round));
    }

    @Test
    void theOpenApiDocumentDescribesTheKeyAndBothAnswers() {
        var operation = io.restassured.RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200).extract()
                .jsonPath().setRootPath("paths.'/subsidierondes/{rondeId}/aanvragen'.post");
        assertEquals(List.of("Idempotency-Key"), operation.getList("parameters.findAll { it.in == 'header' }.name"));
        assertEquals(true, operation.getMap("responses").keySet().containsAll(List.of("200", "201", "400", "409")));
    }
}
