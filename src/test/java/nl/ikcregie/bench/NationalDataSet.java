package nl.ikcregie.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills an already migrated IKC Regie database with a national-scale data set for the benchmark:
 * 7,000 IKCs, ten yearly rounds 2016-2025 (about 60,000 applications, five assessments each), the
 * decided rounds with advice, decisions, reports and settlements, 1,000 Plus-IKCs with their
 * predicaat and result agreement. Deterministic: the same seed and scale give the same rows.
 *
 * <pre>
 * java -cp &lt;test classpath&gt; nl.ikcregie.bench.NationalDataSet --jdbc-url=jdbc:mariadb://127.0.0.1:PORT/ikcregie
 *     --user=root --password= [--scale=1.0] [--seed=20261124] [--manifest=target/bench/dataset.properties]
 * </pre>
 *
 * Exit code 0 when loaded, 2 when refused (schema missing, or the data set is already there), 1 on an error.
 */
public final class NationalDataSet {

    public static final long DEFAULT_SEED = 20261124L;
    public static final String DEFAULT_MANIFEST = "target/bench/dataset.properties";
    static final String LAST_CHANGESET = "0014-1-application-creation-token";
    /** The tables the load writes or reads; all must exist. */
    static final Set<String> TABLES = new TreeSet<>(List.of("organisation", "priority_area", "ikc",
            "ikc_childcare_partner", "ikc_child_count", "app_user", "audit_event", "subsidy_round", "round_criterion",
            "round_priority_rule", "subsidy_application", "application_self_assessment", "application_budget_line",
            "application_partner", "application_completion_request", "application_reference_counter", "assessment",
            "assessment_score", "assessment_obligation", "conflict_declaration", "consensus", "consensus_obligation",
            "assessment_assignment", "assessment_assignment_member", "advice", "advice_line", "decision",
            "decision_obligation", "objection", "plus_designation", "plus_designation_condition",
            "plus_designation_review", "result_agreement", "agreement_version", "agreement_goal", "agreement_indicator",
            "agreement_indicator_target", "agreement_contribution", "agreement_staffing", "agreement_consent",
            "agreement_evaluation", "annual_report", "annual_report_indicator", "annual_report_spending",
            "annual_report_level", "annual_report_obligation", "annual_report_staffing", "settlement"));

    /** Why the load does not start; the message is the one line the command prints. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** What a load produced: the manifest (ids for the benchmark, counts per table). */
    record Result(Properties manifest, Map<String, Long> counts, double seconds) {
    }

    private NationalDataSet() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; answers the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        double scale;
        long seed;
        try {
            options = options(args);
            scale = Double.parseDouble(options.getOrDefault("scale", "1.0"));
            seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
            Plan.at(scale);
        } catch (IllegalArgumentException e) {
            err.println("national data set: " + e.getMessage());
            return 2;
        }
        try {
            Result result = load(options.get("jdbc-url"), options.getOrDefault("user", "root"),
                    options.getOrDefault("password", ""), scale, seed, out);
            Path manifest = Path.of(options.getOrDefault("manifest", DEFAULT_MANIFEST));
            write(result.manifest(), manifest);
            out.printf("Loaded in %.1f s; manifest %s%n", result.seconds(), manifest.toAbsolutePath());
            return 0;
        } catch (Refused e) {
            err.println("national data set refused: " + e.getMessage());
            return 2;
        } catch (SQLException | RuntimeException e) {
            err.println("national data set failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> known = Set.of("jdbc-url", "user", "password", "scale", "seed", "manifest");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0 || !known.contains(arg.substring(2, eq))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; use --jdbc-url=... --user=... "
                        + "--password=... [--scale=1.0] [--seed=" + DEFAULT_SEED + "] [--manifest=" + DEFAULT_MANIFEST + "]");
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        if (!options.containsKey("jdbc-url")) {
            throw new IllegalArgumentException("--jdbc-url=jdbc:mariadb://127.0.0.1:PORT/ikcregie is required");
        }
        return options;
    }

    /** Loads the data set into the database at {@code jdbcUrl}, printing progress to {@code out}. */
    public static Result load(String jdbcUrl, String user, String password, double scale, long seed, PrintStream out)
            throws SQLException, Refused {
        Plan plan = Plan.at(scale);
        try (Connection connection = DriverManager.getConnection(withBulkOptions(jdbcUrl), user, password)) {
            refuseWhenNotReady(connection);
            out.printf("National data set: scale %s, seed %d: %,d IKCs, %,d applications in %d rounds%n", scale, seed,
                    plan.ikcs(), plan.applications(), plan.rounds());
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                // the rows are consistent by construction; checking every key per row would only slow the load
                s.execute("set session foreign_key_checks = 0, unique_checks = 0");
            }
            Load load = new Load(connection, seed, plan, out);
            ReferenceData ref = new ReferenceData(load);
            ref.load();
            Rounds rounds = new Rounds(load, ref);
            rounds.load();
            PlusIkcs plus = new PlusIkcs(load, ref);
            plus.load();
            Reports reports = new Reports(load, ref, rounds, plus);
            reports.load();
            load.close();
            try (Statement s = connection.createStatement()) {
                s.execute("set session foreign_key_checks = 1, unique_checks = 1");
            }
            long analyzing = System.nanoTime();
            analyze(connection, load.counts().keySet());
            connection.commit();
            out.printf("%-34s %8.1f s (total %6.1f s)%n", "Statistieken (analyze table)",
                    (System.nanoTime() - analyzing) / 1e9, load.elapsedSeconds());
            Properties manifest = manifest(connection, load, ref, rounds, reports, scale, seed);
            return new Result(manifest, load.counts(), load.elapsedSeconds());
        }
    }

    /** The driver's bulk protocol for batches, unless the URL says otherwise. */
    static String withBulkOptions(String url) {
        String options = "useBulkStmts=true&useBulkStmtsForInserts=true";
        if (url.contains("useBulkStmts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + options;
    }

    private static void refuseWhenNotReady(Connection c) throws SQLException, Refused {
        Map<String, String> present = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = database()")) {
            while (rs.next()) {
                present.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(1));
            }
        }
        Set<String> missing = new TreeSet<>(TABLES);
        missing.removeAll(present.keySet());
        // Liquibase names its own table in capitals
        String changelog = present.get("databasechangelog");
        if (!missing.isEmpty() || changelog == null) {
            throw new Refused("the IKC Regie schema is missing in this database (no " + (missing.isEmpty()
                    ? "databasechangelog" : String.join(", ", missing.stream().limit(5).toList())
                            + (missing.size() > 5 ? ", ..." : "")) + "); start the app once or run the migrations first");
        }
        if (count(c, "select count(*) from " + changelog + " where id = ?", LAST_CHANGESET) == 0) {
            throw new Refused("the schema is not fully migrated (changeset " + LAST_CHANGESET + " missing); run the "
                    + "migrations first");
        }
        if (count(c, "select count(*) from app_user where username = ?", ReferenceData.MARKER_USER) > 0) {
            throw new Refused("the national data set is already present (account " + ReferenceData.MARKER_USER
                    + " exists); load it into a fresh database");
        }
        if (count(c, "select count(*) from subsidy_round where year between ? and ?", Plan.FIRST_YEAR,
                Plan.ADVICE_YEAR) > 0) {
            throw new Refused("subsidy rounds for " + Plan.FIRST_YEAR + "-" + Plan.ADVICE_YEAR + " already exist; the "
                    + "national data set needs those years to itself");
        }
    }

    private static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Fresh optimizer statistics, so the benchmark's first queries are planned on the loaded data. */
    private static void analyze(Connection c, Set<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("analyze table " + String.join(", ", tables));
        }
    }

    private static Properties manifest(Connection c, Load load, ReferenceData ref, Rounds rounds, Reports reports,
            double scale, long seed) throws SQLException {
        Properties p = new Properties();
        p.setProperty("seed", String.valueOf(seed));
        p.setProperty("scale", String.valueOf(scale));
        p.setProperty("load.seconds", String.format(java.util.Locale.ROOT, "%.1f", load.elapsedSeconds()));
        p.setProperty("round.advice.id", String.valueOf(rounds.adviceRoundId));
        p.setProperty("round.advice.year", String.valueOf(Plan.ADVICE_YEAR));
        p.setProperty("round.decided.id", String.valueOf(rounds.decidedRoundId));
        p.setProperty("round.decided.year", String.valueOf(Plan.LAST_DECIDED_YEAR));
        p.setProperty("application.id", String.valueOf(rounds.sampleApplicationId));
        p.setProperty("decision.id", String.valueOf(rounds.sampleDecisionId));
        p.setProperty("decision.letter.path", "/api/v1/besluiten/" + rounds.sampleDecisionId + "/beschikking.pdf");
        p.setProperty("monitoring.year", String.valueOf(Plan.ADVICE_YEAR));
        p.setProperty("ikc.id", String.valueOf(reports.sampleIkcId));
        p.setProperty("report.id", String.valueOf(reports.sampleReportId));
        p.setProperty("agreement.id", String.valueOf(reports.sampleAgreementId));
        p.setProperty("user.password", ReferenceData.PASSWORD);
        p.setProperty("user.projectleider", ReferenceData.PROJECTLEIDER);
        p.setProperty("user.bestuurder", ReferenceData.BESTUURDER);
        p.setProperty("user.beheerder", ReferenceData.BEHEERDER);
        p.setProperty("user.ontwikkelgroep", ReferenceData.ONTWIKKELGROEP);
        p.setProperty("user.commissielid", ref.members.get(0).username());
        ref.ikcs.stream().filter(i -> i.id == reports.sampleIkcId).findFirst()
                .ifPresent(i -> p.setProperty("user.aanvrager", i.board.applicant));
        long total = 0;
        for (Map.Entry<String, Long> e : load.counts().entrySet()) {
            p.setProperty("count." + e.getKey(), String.valueOf(e.getValue()));
            total += e.getValue();
            p.setProperty("total." + e.getKey(), String.valueOf(count(c, "select count(*) from " + e.getKey())));
        }
        p.setProperty("count.all", String.valueOf(total));
        return p;
    }

    /** The manifest with its keys in order, so two manifests compare line by line. */
    static void write(Properties manifest, Path file) {
        try {
            StringWriter text = new StringWriter();
            manifest.store(text, "IKC Regie national data set (nl.ikcregie.bench.NationalDataSet)");
            List<String> lines = new ArrayList<>(text.toString().lines().toList());
            List<String> comments = lines.stream().filter(l -> l.startsWith("#")).toList();
            List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).sorted().toList();
            List<String> sorted = new ArrayList<>(comments);
            sorted.addAll(entries);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, sorted, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the manifest " + file, e);
        }
    }
}
