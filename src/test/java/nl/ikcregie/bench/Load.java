package nl.ikcregie.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * One load into one database: the connection (one long session with checks off and commits every
 * so many rows), the tables being filled, the next id of every table, the seeded random streams
 * and the progress lines.
 */
final class Load {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Rows per commit: big enough to keep the redo log flushes few, small enough for a modest undo log. */
    static final long COMMIT_ROWS = 200_000;

    final Connection connection;
    final long seed;
    final Plan plan;
    private final PrintStream out;
    private final Map<String, BulkTable> tables = new LinkedHashMap<>();
    private final Map<String, Long> nextIds = new LinkedHashMap<>();
    private long uncommitted;
    private final long started = System.nanoTime();
    private long sectionStarted = System.nanoTime();
    private final Map<String, Long> sectionCounts = new LinkedHashMap<>();
    private final Map<String, Long> extra = new LinkedHashMap<>();

    Load(Connection connection, long seed, Plan plan, PrintStream out) {
        this.connection = connection;
        this.seed = seed;
        this.plan = plan;
        this.out = out;
    }

    /** The table's writer, made on first use; its columns must be the same on every call. */
    BulkTable table(String name, String... columns) throws SQLException {
        BulkTable table = tables.get(name);
        if (table == null) {
            table = new BulkTable(this, name, columns);
            tables.put(name, table);
        }
        return table;
    }

    /** The next id of a table with an auto-increment id: after every id already there, so we only append. */
    long id(String table) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
        }
        nextIds.put(table, next + 1);
        return next;
    }

    /** A random stream of its own per part of the data, so a change in one part does not shift the others. */
    Random random(String part) {
        return new Random(seed * 1_000_003L + part.hashCode());
    }

    void sent(int rows) throws SQLException {
        uncommitted += rows;
        if (uncommitted >= COMMIT_ROWS) {
            connection.commit();
            uncommitted = 0;
        }
    }

    /** Flushes every table and commits. */
    void commit() throws SQLException {
        for (BulkTable t : tables.values()) {
            t.flush();
        }
        connection.commit();
        uncommitted = 0;
    }

    /** Ends a part of the load: flushes, commits and prints each table's new rows and the time taken. */
    void section(String title) throws SQLException {
        commit();
        long now = System.nanoTime();
        out.printf("%-34s %8.1f s (total %6.1f s)%n", title, (now - sectionStarted) / 1e9, (now - started) / 1e9);
        for (BulkTable t : tables.values()) {
            long before = sectionCounts.getOrDefault(t.name, 0L);
            if (t.rows() > before) {
                out.printf("    %-32s %,12d rows%n", t.name, t.rows() - before);
                sectionCounts.put(t.name, t.rows());
            }
        }
        out.flush();
        sectionStarted = now;
    }

    /** Rows written outside a bulk table (an upsert). */
    void extra(String table, long rows) {
        extra.merge(table, rows, Long::sum);
    }

    /** Rows written per table, in the order the tables were first written. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.name, t.rows()));
        extra.forEach((table, rows) -> counts.merge(table, rows, Long::sum));
        return counts;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    void close() throws SQLException {
        for (BulkTable t : tables.values()) {
            t.close();
        }
        connection.commit();
    }

    /** One row of the history (audit_event), as the services record it. */
    void audit(String entityType, long entityId, String action, String from, String to, String reason, String details,
            String actor, LocalDateTime at) throws SQLException {
        table("audit_event", "id", "occurred_at", "actor", "entity_type", "entity_id", "action", "from_state", "to_state",
                "reason", "details").row(id("audit_event"), at, actor, entityType, entityId, action, from, to, reason,
                        details);
    }

    // ---- values as the entities store them ---------------------------------------------------------

    /** An Instant column: Hibernate writes it as UTC wall time (quarkus.hibernate-orm.jdbc.timezone=UTC). */
    static LocalDateTime utc(Instant moment) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    /** A moment on a day in Amsterdam, as stored. */
    static LocalDateTime at(LocalDate day, int hour, int minute) {
        return utc(instant(day, hour, minute));
    }

    static Instant instant(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(AMSTERDAM).toInstant();
    }

    /** Euro cents as DECIMAL(12,2). */
    static BigDecimal euro(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
