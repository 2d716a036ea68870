package nl.ikcregie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP Basic under load, against the packaged application behind a (simulated) proxy that names each
 * client's address; every connection stays on the loopback. Two hundred API clients at once are all
 * served; a flood of wrong passwords from one address leaves everyone else served, and each of its
 * attempts is in the audit trail exactly once, also when the instance is stopped right after the flood.
 * Bounded by counts; the timeouts only keep a broken build from hanging.
 */
class BasicAuthLoadIT {

    /** The demo accounts the valid clients use (password demo); commissie-sinne is the flood's target. */
    static final List<String> ACCOUNTS = List.of("beheerder", "projectleider", "bestuurder", "ontwikkelgroep",
            "aanvrager-proloog", "aanvrager-pcbo", "aanvrager-bms", "aanvrager-sinne", "commissie-proloog",
            "commissie-pcbo", "commissie-bms");
    static final String TARGET = "commissie-sinne";
    static final String FLOODER = "192.0.2.66";
    static final int CLIENTS = 200;
    static final int REQUESTS_PER_CLIENT = 5;
    static final int FLOOD = 400;
    /** The instance's default: the twentieth failure from one address locks it. */
    static final int ADDRESS_MAX_FAILURES = 20;

    static ItDatabase database;
    static AppInstance app;

    @BeforeAll
    static void startInstance() {
        database = ItDatabase.start();
        app = AppInstance.on(database, "basic-auth-load", Map.of("IKC_BEHIND_PROXY", "true"));
        app.start();
    }

    @AfterAll
    static void stopAll() {
        Cleanup.all(app, database);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void twoHundredSimultaneousClientsWithValidCredentialsAreAllServed() throws Exception {
        List<Integer> statuses = simultaneously(CLIENTS, client -> {
            Http http = validClient(client, "10.1.");
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                mine.add(status(http, "/api/v1/ikcs"));
            }
            return mine;
        });
        assertEquals(Map.of(200, CLIENTS * REQUESTS_PER_CLIENT), counted(statuses),
                "every request of every client answered 200; see " + app);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aFloodOfWrongPasswordsStarvesNoOneAndEveryAttemptIsRecordedEvenAcrossAShutdown() throws Exception {
        long recordedBefore = attemptsRecordedFrom(FLOODER);
        List<Integer> statuses = simultaneously(CLIENTS, client -> {
            List<Integer> mine = new ArrayList<>();
            if (client % 2 == 0) {
                // half the threads flood: wrong passwords for an existing account and for names that do not exist
                for (int i = client / 2; i < FLOOD; i += CLIENTS / 2) {
                    String name = i % 2 == 0 ? TARGET : "bestaat-niet-" + UUID.randomUUID();
                    mine.add(-status(Http.basic(app, name, "geraden-" + i).from(FLOODER), "/api/v1/ikcs"));
                }
            } else {
                // the other half are valid clients, each from its own address, served all the while
                Http http = validClient(client, "10.2.");
                for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                    mine.add(status(http, "/api/v1/ikcs"));
                }
            }
            return mine;
        });
        // flood answers are counted negative, to tell them from the valid clients' in one tally
        Map<Integer, Integer> expected = new TreeMap<>(Map.of(-401, FLOOD, 200, CLIENTS / 2 * REQUESTS_PER_CLIENT));
        assertEquals(expected, counted(statuses), "valid clients all served, the flood refused; see " + app);
        assertEquals(401, status(Http.basic(app, "projectleider").from(FLOODER), "/api/v1/ikcs"),
                "the flooding address is locked, even for the right password");
        int sent = FLOOD + 1;

        // SIGTERM right after the flood: refusals still queued are written before the instance ends
        app.stop();
        long recorded = attemptsRecordedFrom(FLOODER) - recordedBefore;
        assertEquals(sent, recorded, "every attempt from the flooding address in the audit trail, once");
        Map<String, Long> byAction = recordedByAction(FLOODER);
        long failed = byAction.getOrDefault("AANMELDING_MISLUKT", 0L);
        assertEquals(ADDRESS_MAX_FAILURES, failed, "the address was checked one attempt at a time and locked by the "
                + ADDRESS_MAX_FAILURES + "th failure; the rest refused: " + byAction);
        assertEquals(failed, addressCounter(FLOODER), "the address's counter holds exactly the failures recorded");
        app.start();
        Http.basic(app, "projectleider").from("10.3.0.1").get("/api/v1/ikcs").expect(200);
    }

    private static Http validClient(int client, String network) {
        return Http.basic(app, ACCOUNTS.get(client % ACCOUNTS.size())).from(network + (client / 250) + "." + (client % 250 + 1));
    }

    /** The status of a GET, or 0 when the connection failed (counted, not thrown, so that one tally tells all). */
    private static int status(Http http, String path) {
        try {
            return http.get(path).status();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Runs {@code client} for {@code count} clients at once, each on its own thread, and answers all their statuses. */
    private static List<Integer> simultaneously(int count, IntFunction<List<Integer>> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                runs.add(pool.submit(() -> {
                    start.await();
                    return client.apply(n);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> run : runs) {
                statuses.addAll(run.get(10, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> counted(List<Integer> statuses) {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    private static long attemptsRecordedFrom(String address) throws SQLException {
        return recordedByAction(address).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> recordedByAction(String address) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement("SELECT action, COUNT(*) FROM audit_event "
                        + "WHERE action IN ('AANMELDING_MISLUKT', 'AANMELDING_GEWEIGERD') AND details LIKE ? GROUP BY action")) {
            query.setString(1, "%vanaf " + address + ";%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long addressCounter(String address) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT failures FROM sign_in_throttle WHERE key_kind = 'ADRES' AND key_value = ?")) {
            query.setString(1, address);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "a counter for " + address);
                return rows.getLong(1);
            }
        }
    }
}
