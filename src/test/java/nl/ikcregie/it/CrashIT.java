package nl.ikcregie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a stream of applications being started, filled and submitted: after a
 * restart every submission that was acknowledged is there, with its receipt, and nothing is half-written.
 */
class CrashIT {

    /** Submissions acknowledged before the kill; enough to be sure the stream was in full swing. */
    static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    /** The demo school boards' aanvragers; Proloog twice, so two clients work for one board at once. */
    static final List<String> CLIENTS = List.of("aanvrager-proloog", "aanvrager-pcbo", "aanvrager-bms", "aanvrager-proloog");

    static ItDatabase database;
    static AppInstance app;

    /** An acknowledged submission: what the 200 answer said. */
    record Receipt(String applicant, long id, String kenmerk, OffsetDateTime ingediendOp) {
    }

    @BeforeAll
    static void startInstance() {
        database = ItDatabase.start();
        app = AppInstance.on(database, "crash", Map.of());
        app.start();
    }

    @AfterAll
    static void stopAll() {
        Cleanup.all(app, database);
    }

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        long roundId = Scenario.openRound(app, 2029, "100000000", 8);
        Map<String, List<Long>> ikcs = new HashMap<>();
        for (String applicant : Scenario.APPLICANTS.keySet()) {
            ikcs.put(applicant, Scenario.ownIkcs(app, applicant));
        }

        Map<Long, Receipt> acknowledged = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS.size());
        List<Future<?>> streams = new ArrayList<>();
        try {
            for (String applicant : CLIENTS) {
                streams.add(clients.submit(() -> stream(applicant, ikcs.get(applicant), roundId, sequence, acknowledged,
                        unexpected, killed)));
            }
            Poll.until(ACKNOWLEDGED_BEFORE_KILL + " submissions are acknowledged, or an answer was unexpected",
                    Duration.ofMinutes(3),
                    () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL || !unexpected.isEmpty());
            assertTrue(unexpected.isEmpty(), "before the kill every answer was the expected one: " + unexpected);

            killed.set(true);
            app.kill();
            for (Future<?> stream : streams) {
                stream.get(2, TimeUnit.MINUTES); // each ends at its first refused connection
            }
        } finally {
            killed.set(true);
            clients.shutdownNow();
        }
        assertTrue(unexpected.isEmpty(), "apart from refused connections after the kill, every answer was expected: " + unexpected);

        app.start(); // the same database, after kill -9

        for (Receipt receipt : acknowledged.values()) {
            JsonNode stored = Http.basic(app, receipt.applicant()).get("/api/v1/aanvragen/" + receipt.id()).expect(200).json();
            assertEquals("INGEDIEND", stored.path("status").asText(), "acknowledged, so submitted: " + receipt);
            assertEquals(receipt.kenmerk(), stored.path("kenmerk").asText(), receipt.toString());
            // the database keeps microseconds
            assertEquals(receipt.ingediendOp().toInstant().truncatedTo(ChronoUnit.MICROS),
                    OffsetDateTime.parse(stored.path("ingediendOp").asText()).toInstant().truncatedTo(ChronoUnit.MICROS),
                    receipt.toString());
        }
        assertNothingHalfWritten(roundId, acknowledged.size());
    }

    /**
     * One client's stream: start an application (with an Idempotency-Key), fill it, submit it; again
     * and again until the instance is gone. Anything but the expected answer before the kill is noted.
     */
    private static void stream(String applicant, List<Long> ikcs, long roundId, AtomicInteger sequence,
            Map<Long, Receipt> acknowledged, List<String> unexpected, AtomicBoolean killed) {
        Http http = Http.basic(app, applicant);
        while (!Thread.currentThread().isInterrupted()) {
            int n = sequence.incrementAndGet();
            try {
                Http.Answer started = Scenario.start(http, roundId, ikcs.get(n % ikcs.size()), UUID.randomUUID().toString());
                if (!expected(started, 201, killed, unexpected)) {
                    return;
                }
                JsonNode draft = started.json();
                long id = draft.path("id").asLong();
                Http.Answer filled = http.put("/api/v1/aanvragen/" + id, Scenario.content(draft, "stroom " + n, n));
                if (!expected(filled, 200, killed, unexpected)) {
                    return;
                }
                Http.Answer submitted = Scenario.submit(http, id, filled.json().path("versie").asLong());
                if (!expected(submitted, 200, killed, unexpected)) {
                    return;
                }
                JsonNode receipt = submitted.json();
                acknowledged.put(id, new Receipt(applicant, id, receipt.path("kenmerk").asText(),
                        OffsetDateTime.parse(receipt.path("ingediendOp").asText())));
            } catch (UncheckedIOException e) {
                if (!killed.get()) {
                    unexpected.add(applicant + ": " + e.getMessage());
                }
                return; // the instance is gone: this client stops
            }
        }
    }

    /** True to go on; false (noting it unless the kill explains it) to stop this client. */
    private static boolean expected(Http.Answer answer, int status, AtomicBoolean killed, List<String> unexpected) {
        if (answer.status() == status) {
            return true;
        }
        if (!killed.get()) {
            unexpected.add(answer.toString());
        }
        return false;
    }

    /**
     * Straight from the database: every application of the round is whole. Its requested amount is the
     * sum of its budget lines, it has its 12 self-assessment rows (a draft is created with them), a
     * submitted one has its reference and moment of submission, a draft has neither; references are unique.
     */
    private static void assertNothingHalfWritten(long roundId, int acknowledgedCount) throws SQLException {
        String sql = "select a.id, a.status, a.reference, a.submitted_at, a.requested_amount, "
                + "(select coalesce(sum(b.amount), 0) from application_budget_line b where b.application_id = a.id), "
                + "(select count(*) from application_self_assessment s where s.application_id = a.id) "
                + "from subsidy_application a where a.round_id = ?";
        int submitted = 0;
        int drafts = 0;
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String row = "application " + rs.getLong(1) + " (" + rs.getString(2) + ", " + rs.getString(3) + ")";
                    BigDecimal requested = rs.getBigDecimal(5);
                    BigDecimal budget = rs.getBigDecimal(6);
                    assertEquals(0, requested.compareTo(budget), row + ": requested " + requested + ", budget lines " + budget);
                    assertEquals(12, rs.getInt(7), row + ": self-assessment rows");
                    switch (rs.getString(2)) {
                        case "INGEDIEND" -> {
                            submitted++;
                            assertNotNull(rs.getString(3), row + ": a submitted application has its reference");
                            assertNotNull(rs.getTimestamp(4), row + ": a submitted application has its moment");
                            assertTrue(budget.signum() > 0, row + ": a submitted application has a budget");
                        }
                        case "CONCEPT" -> {
                            drafts++;
                            assertNull(rs.getString(3), row + ": a draft has no reference yet");
                            assertNull(rs.getTimestamp(4), row + ": a draft has no moment of submission");
                        }
                        default -> throw new AssertionError(row + ": a status the stream never makes");
                    }
                }
            }
        }
        System.out.printf("CrashIT: %d submissions acknowledged before the kill; after the restart %d submitted, %d drafts%n",
                acknowledgedCount, submitted, drafts);
        assertTrue(submitted >= acknowledgedCount, submitted + " submitted, " + acknowledgedCount + " acknowledged");
        assertTrue(submitted + drafts > 0, "the stream wrote applications");
        List<String> duplicates = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "select reference from subsidy_application where reference is not null group by reference having count(*) > 1");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                duplicates.add(rs.getString(1));
            }
        }
        assertTrue(duplicates.isEmpty(), "references are unique: " + duplicates);
    }
}
