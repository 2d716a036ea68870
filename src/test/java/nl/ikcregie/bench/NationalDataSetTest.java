package nl.ikcregie.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ikcregie.agreement.AgreementStatus;
import nl.ikcregie.agreement.FundingSource;
import nl.ikcregie.agreement.Party;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.decision.DecisionOutcome;
import nl.ikcregie.decision.ObjectionOutcome;
import nl.ikcregie.designation.DesignationStatus;
import nl.ikcregie.designation.ReviewOutcome;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.organisation.OrganisationKind;
import nl.ikcregie.report.ObligationStatus;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.round.MaximumKind;
import nl.ikcregie.round.PriorityRuleKind;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national data set at scale 0.01 in two fresh embedded databases of its own (no Quarkus, so the
 * shared test database is untouched): its counts follow the scale, its rows keep the app's rules,
 * the same seed gives the same data, and a second load is refused.
 */
class NationalDataSetTest {

    static final double SCALE = 0.01;
    static final Plan PLAN = Plan.at(SCALE);

    static EmbeddedDatabase first;
    static EmbeddedDatabase second;
    static NationalDataSet.Result loaded;
    static Properties manifest;
    static String secondRunOutput;

    @BeforeAll
    static void loadTwice() throws Exception {
        first = Migrations.freshDatabase();
        second = Migrations.freshDatabase();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        loaded = NationalDataSet.load(first.jdbcUrl(), "root", "", SCALE, NationalDataSet.DEFAULT_SEED,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        // the second load goes through the command, manifest and all
        Path manifestFile = Path.of("target", "national-test", UUID.randomUUID().toString(), "dataset.properties");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = NationalDataSet.run(new String[] { "--jdbc-url=" + second.jdbcUrl(), "--user=root", "--password=",
            "--scale=" + SCALE, "--manifest=" + manifestFile }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        secondRunOutput = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, secondRunOutput);
        manifest = new Properties();
        try (Reader reader = Files.newBufferedReader(manifestFile, StandardCharsets.ISO_8859_1)) {
            manifest.load(reader);
        }
    }

    @AfterAll
    static void closeDatabases() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void theFullScaleHasTheBriefsCountsAndEveryCountScalesDownToAtLeastOne() {
        Plan full = Plan.at(1.0);
        assertEquals(7_000, full.ikcs());
        assertEquals(350, full.schoolBoards());
        assertEquals(300, full.childcareOrganisations());
        assertEquals(150, full.priorityAreas());
        assertEquals(1_000, full.plusIkcs());
        assertEquals(60, full.members());
        assertEquals(7_000, full.applicationsPerYear().get(Plan.ADVICE_YEAR));
        assertTrue(full.applications() > 58_000 && full.applications() < 62_000, "about 60,000: " + full.applications());
        assertEquals(70, PLAN.ikcs());
        assertEquals(10, PLAN.plusIkcs());
        Plan tiny = Plan.at(0.0001);
        assertTrue(tiny.ikcs() >= 1 && tiny.schoolBoards() >= 1 && tiny.childcareOrganisations() >= 1
                && tiny.priorityAreas() >= 1 && tiny.plusIkcs() >= 1 && tiny.members() >= 1);
    }

    @Test
    void theCountsPerTableFollowTheScale() throws SQLException {
        try (Connection c = connect(first)) {
            assertEquals(PLAN.schoolBoards(), count(c, "select count(*) from organisation where kind = 'ONDERWIJSKOEPEL'"));
            assertEquals(PLAN.childcareOrganisations(), count(c, "select count(*) from organisation where kind = 'KINDEROPVANG'"));
            assertEquals(1, count(c, "select count(*) from organisation where kind = 'GEMEENTE'"));
            assertEquals(PLAN.ikcs(), count(c, "select count(*) from ikc"));
            assertEquals(PLAN.priorityAreas(), count(c, "select count(*) from priority_area"));
            assertEquals(PLAN.ikcsInAreas(), count(c, "select count(*) from ikc where priority_area_id is not null"));
            assertEquals(PLAN.plusIkcs(), count(c, "select count(*) from ikc where category = 'PLUS'"));
            assertEquals(PLAN.members(), count(c, "select count(*) from app_user where role = 'commissielid'"));
            assertEquals(PLAN.schoolBoards() + PLAN.childcareOrganisations(),
                    count(c, "select count(*) from app_user where role = 'aanvrager'"));
            assertEquals(PLAN.ikcs() * 10L, count(c, "select count(*) from ikc_child_count"));
            assertEquals(PLAN.rounds(), count(c, "select count(*) from subsidy_round"));
            for (Map.Entry<Integer, Integer> year : PLAN.applicationsPerYear().entrySet()) {
                assertEquals((long) year.getValue(), count(c, "select count(*) from subsidy_application a join subsidy_round r "
                        + "on r.id = a.round_id where r.year = " + year.getKey()), "applications " + year.getKey());
            }
            assertEquals(PLAN.applications(), count(c, "select count(*) from subsidy_application"));
            assertEquals(PLAN.applications() * 5L, count(c, "select count(*) from assessment"));
            assertEquals(PLAN.applications() * 60L, count(c, "select count(*) from assessment_score"));
            assertEquals(PLAN.applications(), count(c, "select count(*) from assessment_assignment"));
            assertEquals(PLAN.decidedApplications(), count(c, "select count(*) from consensus"));
            assertEquals(PLAN.decidedApplications(), count(c, "select count(*) from advice_line"));
            assertEquals(PLAN.decidedApplications(), count(c, "select count(*) from decision"));
            assertEquals(PLAN.rounds() - 1, count(c, "select count(*) from advice"));
            assertEquals(PLAN.plusIkcs(), count(c, "select count(*) from plus_designation where status = 'TOEGEKEND'"));
            assertEquals(PLAN.plusIkcs(), count(c, "select count(*) from plus_designation where status = 'BEEINDIGD'"));
            assertEquals(PLAN.plusIkcs(), count(c, "select count(*) from result_agreement"));
            assertEquals(PLAN.plusIkcs() * 5L, count(c, "select count(*) from agreement_evaluation"));
            assertEquals(11L * count(c, "select count(*) from plus_designation"),
                    count(c, "select count(*) from plus_designation_condition"));
            assertTrue(count(c, "select count(*) from settlement") > 0);
            assertTrue(count(c, "select count(*) from annual_report where report_year = 2025") >= PLAN.plusIkcs() * 8 / 10);
            assertEquals(0, count(c, "select count(*) from annual_report where report_year = 2025 and application_id is not null"));
            // what the load says it wrote is what the (fresh) database holds
            for (Map.Entry<String, Long> e : loaded.counts().entrySet()) {
                assertEquals(e.getValue().longValue(), count(c, "select count(*) from " + e.getKey()), e.getKey());
            }
        }
    }

    @Test
    void everyRequestedAmountIsTheSumOfItsTwoToFiveBudgetLinesAndAtMostTheMaximum() throws SQLException {
        try (Connection c = connect(first)) {
            assertEquals(0, count(c, "select count(*) from subsidy_application a left join (select application_id, "
                    + "sum(amount) total, count(*) line_count from application_budget_line group by application_id) b "
                    + "on b.application_id = a.id where b.total is null or b.total <> a.requested_amount "
                    + "or b.line_count < 2 or b.line_count > 5 or a.requested_amount > 50000 or a.requested_amount <= 0 "
                    + "or a.submitted_amount <> a.requested_amount"));
            assertEquals(0, count(c, "select count(*) from subsidy_round where maximum_kind <> 'VAST' "
                    + "or maximum_fixed <> 50000 or budget_ceiling < maximum_fixed"));
        }
    }

    @Test
    void everyApplicationHasItsTwelveSelfAssessmentRowsWithAnAmbitionAtLeastItsLevel() throws SQLException {
        try (Connection c = connect(first)) {
            assertEquals(0, count(c, "select count(*) from subsidy_application a where (select count(*) from "
                    + "application_self_assessment s where s.application_id = a.id) <> 12"));
            List<String> levels = Arrays.stream(IntegrationLevel.values()).map(Enum::name).toList();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select current_level, ambition_level from application_self_assessment")) {
                while (rs.next()) {
                    assertTrue(levels.indexOf(rs.getString(1)) <= levels.indexOf(rs.getString(2)));
                }
            }
        }
    }

    @Test
    void inEveryAssessedRoundEachApplicationHasFiveAssessmentsOfTwelveScoresByMembersWithoutAConflict()
            throws SQLException {
        try (Connection c = connect(first)) {
            assertEquals(0, count(c, "select count(*) from subsidy_application a where (select count(*) from assessment x "
                    + "where x.application_id = a.id) <> 5"));
            assertEquals(0, count(c, "select count(*) from assessment x where (select count(*) from assessment_score s "
                    + "where s.assessment_id = x.id and s.score between 1 and 5 and s.motivation <> '') <> 12"));
            assertEquals(0, count(c, "select count(*) from assessment x join subsidy_application a on a.id = x.application_id "
                    + "join ikc i on i.id = a.ikc_id where x.member_organisation_id = i.school_board_id or exists "
                    + "(select 1 from ikc_childcare_partner p where p.ikc_id = i.id and p.organisation_id = x.member_organisation_id)"));
            assertEquals(0, count(c, "select count(*) from conflict_declaration d join assessment x "
                    + "on x.application_id = d.application_id and x.member_username = d.member_username"));
            assertEquals(0, count(c, "select count(*) from assessment x where not exists (select 1 from "
                    + "assessment_assignment_member m where m.application_id = x.application_id "
                    + "and m.member_username = x.member_username)"));
            assertEquals(0, count(c, "select count(*) from assessment x join subsidy_application a on a.id = x.application_id "
                    + "where x.proposed_amount > a.requested_amount"));
        }
    }

    @Test
    void theRoundOf2025IsClosedAndAssessedButNotAdvisedAndTheEarlierOnesAreDecided() throws SQLException {
        try (Connection c = connect(first)) {
            long advice = Long.parseLong(manifest.getProperty("round.advice.id"));
            assertEquals("GESLOTEN", string(c, "select status from subsidy_round where year = 2025"));
            assertEquals(0, count(c, "select count(*) from subsidy_application a join subsidy_round r on r.id = a.round_id "
                    + "where r.year = 2025 and a.status <> 'IN_BEOORDELING'"));
            assertEquals(0, count(c, "select count(*) from advice a join subsidy_round r on r.id = a.round_id where r.year = 2025"));
            assertEquals(0, count(c, "select count(*) from decision d join subsidy_application a on a.id = d.application_id "
                    + "join subsidy_round r on r.id = a.round_id where r.year = 2025"));
            assertEquals(PLAN.rounds() - 1, count(c, "select count(*) from subsidy_round where status = 'BESLOTEN' and year < 2025"));
            assertEquals(0, count(c, "select count(*) from subsidy_application a join subsidy_round r on r.id = a.round_id "
                    + "where r.year < 2025 and a.status not in ('TOEGEKEND', 'DEELS_TOEGEKEND', 'AFGEWEZEN', 'VASTGESTELD')"));
            // the decisions follow the established advice and the outcome follows the amount
            assertEquals(0, count(c, "select count(*) from decision d join advice_line l on l.application_id = d.application_id "
                    + "join subsidy_application a on a.id = d.application_id where d.granted_amount <> l.advised_amount "
                    + "or d.outcome <> case when d.granted_amount = 0 then 'AFGEWEZEN' when d.granted_amount = "
                    + "a.requested_amount then 'TOEGEKEND' else 'DEELS_TOEGEKEND' end "
                    + "or (a.status <> d.outcome and a.status <> 'VASTGESTELD')"));
            assertEquals(0, count(c, "select count(*) from advice v where v.total <> (select sum(advised_amount) "
                    + "from advice_line l where l.round_id = v.round_id) or v.total > (select budget_ceiling from "
                    + "subsidy_round r where r.id = v.round_id)"));
            assertEquals(0, count(c, "select count(*) from subsidy_application a where a.status = 'VASTGESTELD' and not "
                    + "exists (select 1 from settlement s where s.application_id = a.id)"));
            assertTrue(count(c, "select count(distinct outcome) from decision") == 3, "all three outcomes");
            assertEquals(1, count(c, "select count(*) from decision d join subsidy_application a on a.id = d.application_id "
                    + "join subsidy_round r on r.id = a.round_id where r.year = 2024 and d.outcome = 'TOEGEKEND' and d.id = "
                    + manifest.getProperty("decision.id")));
            assertTrue(advice > 0);
        }
    }

    @Test
    void everyStatusAndKindIsANameOfItsJavaEnum() throws SQLException {
        Map<String, Set<String>> allowed = new TreeMap<>();
        allowed.put("subsidy_round.status", names(RoundStatus.values()));
        allowed.put("subsidy_round.maximum_kind", names(MaximumKind.values()));
        allowed.put("round_priority_rule.kind", names(PriorityRuleKind.values()));
        allowed.put("subsidy_application.status", names(ApplicationStatus.values()));
        allowed.put("application_self_assessment.current_level", names(IntegrationLevel.values()));
        allowed.put("application_self_assessment.ambition_level", names(IntegrationLevel.values()));
        allowed.put("decision.outcome", names(DecisionOutcome.values()));
        allowed.put("objection.outcome", names(ObjectionOutcome.values()));
        allowed.put("plus_designation.status", names(DesignationStatus.values()));
        allowed.put("plus_designation.previous_category", names(IkcCategory.values()));
        allowed.put("plus_designation_review.outcome", names(ReviewOutcome.values()));
        allowed.put("agreement_version.status", names(AgreementStatus.values()));
        allowed.put("agreement_contribution.party", names(Party.values()));
        allowed.put("agreement_contribution.source", names(FundingSource.values()));
        allowed.put("agreement_staffing.staff_role", names(StaffRole.values()));
        allowed.put("agreement_staffing.funded_by", names(Party.values()));
        allowed.put("agreement_staffing.source", names(FundingSource.values()));
        allowed.put("agreement_consent.party", names(Party.values()));
        allowed.put("annual_report.status", names(ReportStatus.values()));
        allowed.put("annual_report_spending.party", names(Party.values()));
        allowed.put("annual_report_level.previous_level", names(IntegrationLevel.values()));
        allowed.put("annual_report_level.level", names(IntegrationLevel.values()));
        allowed.put("annual_report_obligation.status", names(ObligationStatus.values()));
        allowed.put("annual_report_staffing.staff_role", names(StaffRole.values()));
        allowed.put("ikc.category", names(IkcCategory.values()));
        allowed.put("organisation.kind", names(OrganisationKind.values()));
        allowed.put("app_user.role", new TreeSet<>(Roles.ALL));
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            for (Map.Entry<String, Set<String>> e : allowed.entrySet()) {
                String[] tableColumn = e.getKey().split("\\.");
                try (ResultSet rs = s.executeQuery("select distinct " + tableColumn[1] + " from " + tableColumn[0]
                        + " where " + tableColumn[1] + " is not null")) {
                    Set<String> found = new TreeSet<>();
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                    assertFalse(found.isEmpty(), e.getKey() + " is never filled");
                    assertTrue(e.getValue().containsAll(found), e.getKey() + ": " + found + " not all in " + e.getValue());
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsInEveryTable() throws SQLException {
        Map<String, Long> a = checksums(first);
        Map<String, Long> b = checksums(second);
        assertTrue(a.size() > 40, "tables: " + a.keySet());
        assertEquals(a, b);
        assertEquals(loaded.counts(), counts(manifest));
    }

    @Test
    void theSmallestScaleStillLoadsOneOfEach() throws Exception {
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("create database if not exists smallest_scale");
        }
        String url = first.jdbcUrl().replace("/ikcregie", "/smallest_scale");
        Migrations.migrate(url);
        NationalDataSet.Result result = NationalDataSet.load(url, "root", "", 0.0001, NationalDataSet.DEFAULT_SEED,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(1L, result.counts().get("ikc"));
        assertEquals(10L, result.counts().get("subsidy_application"));
        assertEquals(50L, result.counts().get("assessment"));
        assertEquals(1L, result.counts().get("result_agreement"));
    }

    @Test
    void aSecondLoadIntoTheSameDatabaseIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = NationalDataSet.run(new String[] { "--jdbc-url=" + first.jdbcUrl(), "--user=root", "--password=",
            "--scale=" + SCALE, "--manifest=target/national-test/refused.properties" },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("already present"), message);
    }

    @Test
    void aDatabaseWithoutTheSchemaIsRefused() throws SQLException {
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("create database if not exists empty_schema");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = NationalDataSet.run(new String[] { "--jdbc-url=" + first.jdbcUrl().replace("/ikcregie", "/empty_schema"),
            "--user=root", "--password=", "--scale=" + SCALE },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("schema is missing"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theManifestNamesWhatTheBenchmarkNeeds() throws SQLException {
        for (String key : List.of("round.advice.id", "round.decided.id", "application.id", "decision.id", "ikc.id",
                "report.id", "agreement.id")) {
            assertTrue(Long.parseLong(manifest.getProperty(key)) > 0, key);
        }
        assertEquals("2025", manifest.getProperty("monitoring.year"));
        try (Connection c = connect(second)) {
            assertEquals("IN_BEOORDELING", string(c, "select status from subsidy_application where id = "
                    + manifest.getProperty("application.id")));
            assertEquals("2024", string(c, "select year from subsidy_round where id = " + manifest.getProperty("round.decided.id")));
            assertEquals(manifest.getProperty("ikc.id"), string(c, "select ikc_id from result_agreement where id = "
                    + manifest.getProperty("agreement.id")));
            assertEquals("GOEDGEKEURD", string(c, "select status from annual_report where report_year = 2025 and id = "
                    + manifest.getProperty("report.id")));
            assertEquals("PLUS", string(c, "select category from ikc where id = " + manifest.getProperty("ikc.id")));
        }
        assertTrue(secondRunOutput.contains("assessment_score"), secondRunOutput);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** CHECKSUM TABLE of every table but Liquibase's own (which records when and by which run it migrated). */
    private static Map<String, Long> checksums(EmbeddedDatabase db) throws SQLException {
        List<String> tables = new ArrayList<>();
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                    + "database() and table_type = 'BASE TABLE' and lower(table_name) not like 'databasechangelog%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("checksum table " + String.join(", ", tables))) {
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return sums;
    }

    private static Map<String, Long> counts(Properties manifest) {
        Map<String, Long> counts = new TreeMap<>();
        manifest.stringPropertyNames().stream().filter(k -> k.startsWith("count.") && !k.equals("count.all"))
                .forEach(k -> counts.put(k.substring("count.".length()), Long.parseLong(manifest.getProperty(k))));
        return counts;
    }
}
