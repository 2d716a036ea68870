package nl.ikcregie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one database, as the deployment runs them: a session
 * made on one is valid on the other, simultaneous updates through both let exactly one win, and the
 * scheduled reminders go out once however many instances run the schedule.
 */
class TwoInstancesIT {

    /** Every two seconds, on both instances: they race for the reminders at the same moments. */
    static final Map<String, String> REMINDERS_OFTEN = Map.of("IKC_REMINDERS_CRON", "*/2 * * * * ?");
    static final Pattern RUN = Pattern.compile("Deadline reminders: (\\d+) new");
    /** The projectleider's mail: its subject counts the deadlines in it. */
    static final Pattern PROJECTLEIDER_MAIL = Pattern.compile(
            "Sending email Termijnen: (\\d+ termijn(?:en)? vra\\w+ aandacht from \\S+ to \\[[^\\]]*\\])");

    static ItDatabase database;
    static AppInstance a;
    static AppInstance b;

    @BeforeAll
    static void startTwoInstances() {
        database = ItDatabase.start();
        // one at a time: the first loads the demo data, the second finds it there
        a = AppInstance.on(database, "two-instances-a", REMINDERS_OFTEN);
        a.start();
        b = AppInstance.on(database, "two-instances-b", REMINDERS_OFTEN);
        b.start();
    }

    @AfterAll
    static void stopAll() {
        Cleanup.all(b, a, database);
    }

    @Test
    void aSessionMadeOnOneInstanceIsValidOnTheOther() {
        String cookie = Http.signIn(a, "projectleider");

        // "/" sends a signed-in person on to the start page of their role
        Http.Answer root = Http.session(b, cookie).get("/").expect(303);
        assertTrue(root.header("location").endsWith("/projectleider"), "B knows the projectleider: " + root.header("location"));
        Http.Answer home = Http.session(b, cookie).get("/projectleider").expect(200);
        assertTrue(home.body().contains("Aangemeld als") && home.body().contains("Start projectleider"),
                "B shows the projectleider's start page: " + home);

        // and without the cookie B sends the visitor to the login page, so it was the cookie that counted
        Http.Answer anonymous = Http.anonymous(b).get("/");
        assertEquals(302, anonymous.status(), anonymous.toString());
        assertTrue(anonymous.header("location").endsWith("/login"), anonymous.header("location"));
    }

    @Test
    void simultaneousUpdatesThroughBothInstancesLetExactlyOneWin() throws Exception {
        Http proloogOnA = Http.basic(a, "aanvrager-proloog");
        Http proloogOnB = proloogOnA.on(b);
        long draftId = proloogDraftIn2027();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                JsonNode before = proloogOnA.get("/api/v1/aanvragen/" + draftId).expect(200).json();
                long version = before.path("versie").asLong();
                ObjectNode fromA = update(before, "Versie van A, ronde " + round);
                ObjectNode fromB = update(before, "Versie van B, ronde " + round);

                CountDownLatch go = new CountDownLatch(1);
                Future<Http.Answer> answerA = pool.submit(() -> {
                    go.await();
                    return proloogOnA.put("/api/v1/aanvragen/" + draftId, fromA);
                });
                Future<Http.Answer> answerB = pool.submit(() -> {
                    go.await();
                    return proloogOnB.put("/api/v1/aanvragen/" + draftId, fromB);
                });
                go.countDown();
                Http.Answer onA = answerA.get(2, TimeUnit.MINUTES);
                Http.Answer onB = answerB.get(2, TimeUnit.MINUTES);

                String both = "round " + round + ":\n  " + onA + "\n  " + onB;
                assertEquals(List.of(200, 409), Stream.of(onA.status(), onB.status()).sorted().toList(),
                        "one wins, one is refused; " + both);
                Http.Answer loser = onA.status() == 409 ? onA : onB;
                assertTrue(loser.header("content-type").startsWith("application/problem+json"), both);
                assertEquals(409, loser.json().path("status").asInt(), both);

                ObjectNode winner = onA.status() == 200 ? fromA : fromB;
                JsonNode stored = proloogOnB.get("/api/v1/aanvragen/" + draftId).expect(200).json();
                assertEquals(winner.path("plan").path("waarom").asText(), stored.path("plan").path("waarom").asText(), both);
                assertEquals(version + 1, stored.path("versie").asLong(), "exactly one update was stored; " + both);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void remindersGoOutOnceWhileBothInstancesRunTheSchedule() throws SQLException {
        // a round whose decision term (one week) makes every submission a deadline within the reminder window
        long roundId = Scenario.openRound(a, 2028, "1000000", 1);
        Http proloog = Http.basic(a, "aanvrager-proloog");
        List<Long> ikcs = Scenario.ownIkcs(a, "aanvrager-proloog");
        for (int i = 0; i < 3; i++) {
            // new work appears while both instances fire every two seconds; each one is reminded once
            long id = Scenario.submitNew(i % 2 == 0 ? proloog : proloog.on(b), roundId, ikcs.get(i % ikcs.size()),
                    "termijnproef " + i).path("id").asLong();
            Poll.until("a reminder for application " + id + " is recorded", Duration.ofMinutes(2),
                    () -> reminderKeys().stream().anyMatch(k -> k.startsWith("aanvraag-" + id + "|")));
        }
        int runsOnA = a.logMatches(RUN).size();
        int runsOnB = b.logMatches(RUN).size();
        Poll.until("each instance ran the reminder job twice more", Duration.ofMinutes(2),
                () -> a.logMatches(RUN).size() >= runsOnA + 2 && b.logMatches(RUN).size() >= runsOnB + 2);

        // the mails of a run are logged just after its reminders are committed: wait for the logs to catch up
        Poll.until("the reminder mails in the logs match the recorded reminders", Duration.ofMinutes(1),
                () -> newInLogs() == reminderKeys().size());
        List<String> keys = reminderKeys();
        assertTrue(keys.size() >= 3, "at least our three deadlines were reminded: " + keys);
        Set<String> perDeadlineDayAndStage = new HashSet<>();
        for (String key : keys) {
            String[] parts = key.split("\\|");
            assertEquals(3, parts.length, "a reminder is keyed by deadline, due date and stage: " + key);
            assertTrue(Set.of("binnenkort", "te-laat").contains(parts[2]), key);
            assertTrue(perDeadlineDayAndStage.add(key), "reminded twice: " + key);
        }
        assertEquals(keys.size(), newInLogs(), "the runs on A and B together reported each reminder once:\n" + runLines());
        Map<String, Integer> perRecipient = deadlinesMailedPerProjectleider();
        assertTrue(!perRecipient.isEmpty(), "the projectleiders were mailed");
        perRecipient.forEach((recipient, mailed) -> assertEquals(keys.size(), mailed,
                "every reminded deadline reached " + recipient + " in exactly one mail, from A or from B:\n" + runLines()));
    }

    private long proloogDraftIn2027() {
        long roundId = Scenario.roundId(a, "Subsidieronde 2027");
        List<Long> own = Scenario.ownIkcs(a, "aanvrager-proloog");
        for (JsonNode application : Http.basic(a, "aanvrager-proloog").get("/api/v1/aanvragen?subsidierondeId=" + roundId)
                .expect(200).json()) {
            if ("CONCEPT".equals(application.path("status").asText()) && own.contains(application.path("ikcId").asLong())) {
                return application.path("id").asLong();
            }
        }
        throw new AssertionError("The demo data has no draft of Proloog in Subsidieronde 2027");
    }

    /** The application as it is, with another plan: the body of a PUT based on the version read. */
    private static ObjectNode update(JsonNode current, String why) {
        ObjectNode body = Http.JSON.createObjectNode();
        ObjectNode plan = ((ObjectNode) current.path("plan").deepCopy()).put("waarom", why);
        body.set("plan", plan);
        body.set("draagvlak", current.path("draagvlak"));
        body.set("verlengdeLeertijd", current.path("verlengdeLeertijd"));
        body.set("zelfevaluatie", current.path("zelfevaluatie"));
        body.set("begrotingsregels", current.path("begrotingsregels"));
        body.set("kinderopvangIds", current.path("kinderopvangIds"));
        body.put("versie", current.path("versie").asLong());
        return body;
    }

    private static List<String> reminderKeys() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select reminder_key from deadline_reminder order by reminder_key")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** The deadlines both instances reported as newly reminded, summed over every run. */
    private static int newInLogs() {
        return a.logMatches(RUN).stream().mapToInt(Integer::parseInt).sum()
                + b.logMatches(RUN).stream().mapToInt(Integer::parseInt).sum();
    }

    /** Per projectleider address: the deadlines named in the subjects of the reminder mails A and B sent. */
    private static Map<String, Integer> deadlinesMailedPerProjectleider() {
        Map<String, Integer> perRecipient = new TreeMap<>();
        for (AppInstance app : List.of(a, b)) {
            for (String mail : app.logMatches(PROJECTLEIDER_MAIL)) {
                Matcher m = Pattern.compile("^(\\d+) .* to \\[([^\\]]*)\\]$").matcher(mail);
                assertTrue(m.matches(), mail);
                for (String recipient : m.group(2).split(",\\s*")) {
                    perRecipient.merge(recipient, Integer.parseInt(m.group(1)), Integer::sum);
                }
            }
        }
        return perRecipient;
    }

    /** The runs that reminded something and the projectleider mails, per instance, for a failure message. */
    private static String runLines() {
        Pattern work = Pattern.compile("(Deadline reminders: [1-9]\\d* new|Sending email Termijnen: .*? to \\[[^\\]]*\\])");
        return "A: " + a.logMatches(work) + "\nB: " + b.logMatches(work);
    }
}
