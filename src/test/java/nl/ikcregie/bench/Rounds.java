package nl.ikcregie.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.ikcregie.assessment.WeightedScore;
import nl.ikcregie.bench.Model.Grant;
import nl.ikcregie.bench.Model.Ikc;
import nl.ikcregie.bench.Model.Member;
import nl.ikcregie.bench.Model.Obligation;
import nl.ikcregie.bench.Model.Org;
import nl.ikcregie.bench.Model.ReportFate;
import nl.ikcregie.decision.Allocation;
import nl.ikcregie.decision.DecisionOutcome;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.Money;

/**
 * The yearly rounds 2016-2025 with their applications (budget, self-assessment, partners), five
 * assessments each, and for 2016-2024 the consensus, the established advice (ranked by the app's own
 * {@link Allocation}) and the college's decisions following it. The 2025 round is closed and fully
 * assessed but not advised.
 */
final class Rounds {

    /** The twelve criteria of the Ontwikkelinstrument as the rounds' assessment criteria, with their weights. */
    static final List<String> CRITERIA = List.of("Bestuurlijke samenwerking", "Eén organisatie",
            "Gezamenlijke visie op leren, ontwikkeling en samenwerken", "Het kind staat centraal",
            "Ouders betrokken en als klant", "Thuisnabij maatwerk in gemeente, dorp, wijk, buurt",
            "Multidisciplinaire samenwerking", "Doorgaande lijn ondersteuning", "Doorgaande lijn inhoud",
            "Nieuwe professionele houding", "Geschikte en beschikbare ruimte", "Kwaliteitsbeleid");
    static final int[] WEIGHTS = { 10, 10, 9, 9, 8, 8, 8, 8, 8, 8, 7, 7 };
    static final List<BigDecimal> WEIGHT_VALUES = Arrays.stream(WEIGHTS)
            .mapToObj(w -> BigDecimal.valueOf(w).setScale(2)).toList();
    static final String[] LEVELS = { "BACK_TO_BACK", "FACE_TO_FACE", "HAND_IN_HAND", "CHEEK_TO_CHEEK", "INTEGRAAL" };
    static final List<String> MISSING = List.of("Handtekening van de kinderopvangpartner onder de begroting",
            "Toelichting op de cofinanciering", "Verslag van de instemming van de MR",
            "Zelfevaluatie op criterium 7 en 8 ontbreekt");
    static final String AUDIT = "AANVRAAG";
    static final String ROUND_AUDIT = "SUBSIDIERONDE";

    private final Load load;
    private final ReferenceData ref;
    final List<Grant> grants = new ArrayList<>();
    long adviceRoundId;
    long decidedRoundId;
    long sampleApplicationId;
    long sampleDecisionId;

    Rounds(Load load, ReferenceData ref) {
        this.load = load;
        this.ref = ref;
    }

    /** One application while its round is generated. */
    private static final class App {
        final Ikc ikc;
        long id;
        String reference;
        LocalDateTime created;
        LocalDateTime submitted;
        LocalDate submittedOn;
        long requestedCents;
        boolean extendedLearningTime;
        String why;
        String how;
        String what;
        String support;
        LocalDate completionRequested;
        LocalDate completedOn;
        String missing;
        double quality;
        final List<BigDecimal> weighted = new ArrayList<>();
        final List<Long> proposed = new ArrayList<>();
        final double[] criterionTotals = new double[Plan.CRITERIA];
        LocalDateTime firstAssessment;
        BigDecimal finalScore;
        long askedCents;
        List<Obligation> obligations = List.of();
        String status;

        App(Ikc ikc) {
            this.ikc = ikc;
        }
    }

    void load() throws SQLException {
        Map<Integer, Integer> counters = counters();
        for (int year = Plan.FIRST_YEAR; year <= Plan.ADVICE_YEAR; year++) {
            round(year, counters.getOrDefault(year, 0));
            load.section("Ronde " + year);
        }
    }

    /** The receipt numbers already given per year (KVK-jjjj-nnnn): ours follow them. */
    private Map<Integer, Integer> counters() throws SQLException {
        Map<Integer, Integer> counters = new HashMap<>();
        try (Statement s = load.connection.createStatement();
                ResultSet rs = s.executeQuery("select year, last_number from application_reference_counter")) {
            while (rs.next()) {
                counters.put(rs.getInt(1), rs.getInt(2));
            }
        }
        return counters;
    }

    private void round(int year, int lastNumber) throws SQLException {
        Random r = load.random("round-" + year);
        boolean decided = year <= Plan.LAST_DECIDED_YEAR;
        grow(year);
        List<Ikc> participants = new ArrayList<>(ref.ikcs);
        Collections.shuffle(participants, r);
        participants = participants.subList(0, load.plan.applicationsPerYear().get(year));
        List<App> apps = new ArrayList<>();
        for (Ikc ikc : participants) {
            apps.add(draft(ikc, year, r));
        }
        // receipt numbers and ids in the order of submission, as the app gives them
        apps.sort(Comparator.comparing((App a) -> a.submitted).thenComparingLong(a -> a.ikc.id));
        for (App a : apps) {
            a.id = load.id("subsidy_application");
            a.reference = String.format("KVK-%d-%04d", year, ++lastNumber);
        }
        try (PreparedStatement counter = load.connection.prepareStatement("insert into application_reference_counter "
                + "(year, last_number) values (?, ?) on duplicate key update last_number = greatest(last_number, ?)")) {
            counter.setInt(1, year);
            counter.setInt(2, lastNumber);
            counter.setInt(3, lastNumber);
            counter.executeUpdate();
        }
        load.extra("application_reference_counter", 1);

        long roundId = load.id("subsidy_round");
        String title = "Subsidieronde " + year;
        for (int i = 0; i < apps.size(); i++) {
            assess(apps.get(i), i, year, r, decided);
        }
        long ceiling = ceiling(apps, year, decided);
        round(roundId, year, title, ceiling, decided);
        if (decided) {
            decide(roundId, year, title, ceiling, apps, r);
            decidedRoundId = roundId;
        } else {
            apps.forEach(a -> a.status = "IN_BEOORDELING");
            adviceRoundId = roundId;
            sampleApplicationId = apps.get(0).id;
        }
        for (App a : apps) {
            application(roundId, title, a, year);
        }
    }

    /** A year of development: an IKC's levels on the Ontwikkelinstrument rise now and then. */
    private void grow(int year) {
        if (year == Plan.FIRST_YEAR) {
            return;
        }
        Random r = load.random("levels-" + year);
        for (Ikc ikc : ref.ikcs) {
            for (int c = 0; c < Plan.CRITERIA; c++) {
                if (ikc.levels[c] < 4 && r.nextInt(100) < 18) {
                    ikc.levels[c]++;
                }
            }
        }
    }

    /** The plan as the school board submitted it, between early January and the end of February. */
    private App draft(Ikc ikc, int year, Random r) {
        App a = new App(ikc);
        a.submittedOn = LocalDate.of(year, 1, 5).plusDays(r.nextInt(53));
        a.submitted = Load.at(a.submittedOn, 8 + r.nextInt(10), r.nextInt(60));
        a.created = Load.at(a.submittedOn.minusDays(3 + r.nextInt(40)), 9 + r.nextInt(8), r.nextInt(60));
        // most ask between 12,000 and 50,000; one in five the full maximum
        long total = r.nextInt(5) == 0 ? Plan.MAXIMUM_CENTS
                : (12_000 + r.nextInt(76) * 500L) * 100 + (r.nextInt(10) == 0 ? 50 : 0);
        a.requestedCents = Math.min(total, Plan.MAXIMUM_CENTS);
        a.extendedLearningTime = r.nextInt(100) < (year == 2019 || year == 2020 ? 30 : 10);
        a.why = Names.why(r, ikc.name, ikc.neighbourhood);
        a.how = Names.how(r);
        a.what = Names.what(r);
        a.support = Names.support(r);
        a.quality = ikc.quality + 0.04 * (year - Plan.FIRST_YEAR) + r.nextGaussian() * 0.3;
        ikc.appliedLevels.put(year, ikc.levels.clone());
        return a;
    }

    /** Five members from outside the IKC's board and partners assess it, each scoring the 12 criteria. */
    private void assess(App a, int index, int year, Random r, boolean decided) throws SQLException {
        if (index % 25 == 12) {
            a.completionRequested = a.submittedOn.plusDays(7);
            a.completedOn = a.completionRequested.plusDays(3 + r.nextInt(8));
            a.missing = Names.pick(r, MISSING);
        }
        List<Member> eligible = new ArrayList<>(ref.members.stream().filter(m -> !a.ikc.involves(m.organisationId())).toList());
        if (eligible.size() < Plan.ASSESSMENTS_PER_APPLICATION) {
            throw new IllegalStateException("Too few commissieleden without a conflict for " + a.ikc.name);
        }
        Collections.shuffle(eligible, r);
        LocalDate assignedOn = LocalDate.of(year, 3, 8);
        if (index % 200 == 7 && eligible.size() > Plan.ASSESSMENTS_PER_APPLICATION) {
            Member declared = eligible.get(Plan.ASSESSMENTS_PER_APPLICATION);
            load.table("conflict_declaration", "application_id", "member_username", "declared_at", "reason")
                    .row(a.id, declared.username(), Load.at(assignedOn.minusDays(2), 11, 0),
                            "Mijn partner werkt als pedagogisch medewerker bij dit IKC.");
            load.audit(AUDIT, a.id, "BELANGENVERSTRENGELING", null, null, null,
                    declared.displayName() + " beoordeelt deze aanvraag niet", declared.username(),
                    Load.at(assignedOn.minusDays(2), 11, 0));
        }
        load.table("assessment_assignment", "application_id", "assigned_at", "assigned_by", "version")
                .row(a.id, Load.at(assignedOn, 10, 0), ReferenceData.PROJECTLEIDER, 0L);
        List<Member> panel = eligible.subList(0, Plan.ASSESSMENTS_PER_APPLICATION);
        List<LocalDateTime> moments = new ArrayList<>();
        for (int m = 0; m < panel.size(); m++) {
            moments.add(Load.at(LocalDate.of(year, 3, 15).plusDays(r.nextInt(46)), 9 + r.nextInt(9), r.nextInt(60)));
        }
        Collections.sort(moments);
        a.firstAssessment = moments.get(0);
        for (int m = 0; m < panel.size(); m++) {
            Member member = panel.get(m);
            load.table("assessment_assignment_member", "application_id", "member_username").row(a.id, member.username());
            long assessmentId = load.id("assessment");
            List<Integer> scores = new ArrayList<>();
            int weakest = 0;
            for (int c = 0; c < Plan.CRITERIA; c++) {
                double mean = a.quality + member.leniency() + (a.ikc.levels[c] - 1.5) * 0.2;
                int score = ReferenceData.clamp((int) Math.round(mean + r.nextGaussian() * 0.55), 1, 5);
                scores.add(score);
                a.criterionTotals[c] += score;
                if (score < scores.get(weakest)) {
                    weakest = c;
                }
                load.table("assessment_score", "assessment_id", "criterion", "score", "motivation")
                        .row(assessmentId, c + 1, score, Names.motivation(r, CRITERIA.get(c), score));
            }
            BigDecimal weighted = WeightedScore.of(scores, WEIGHT_VALUES);
            a.weighted.add(weighted);
            long proposed = a.requestedCents;
            if (weighted.doubleValue() < 3.0 && r.nextBoolean()) {
                proposed = a.requestedCents * (60 + r.nextInt(31)) / 100 / 10_000 * 10_000;
            }
            a.proposed.add(proposed);
            load.table("assessment", "id", "application_id", "member_username", "member_organisation_id",
                    "proposed_amount", "submitted_at", "version").row(assessmentId, a.id, member.username(),
                            member.organisationId(), Load.euro(proposed), moments.get(m), 0L);
            if (scores.get(weakest) <= 2 && r.nextBoolean()) {
                load.table("assessment_obligation", "assessment_id", "position", "description", "due_on")
                        .row(assessmentId, 0, Names.obligation(CRITERIA.get(weakest)), LocalDate.of(year, 12, 1));
            }
            if (m == 0) {
                load.audit(AUDIT, a.id, "IN_BEOORDELING", "ONTVANKELIJK", "IN_BEOORDELING", null,
                        "Eerste beoordeling door de commissie", member.username(), moments.get(m));
            }
            load.audit(AUDIT, a.id, "BEOORDEELD", null, null, null, "Beoordeling door " + member.displayName(),
                    member.username(), moments.get(m));
        }
        if (decided) {
            consensus(a, index, year);
        }
    }

    /** The commissie agrees: the mean weighted score, the median proposal, an obligation on a weak criterion. */
    private void consensus(App a, int index, int year) throws SQLException {
        BigDecimal sum = a.weighted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        a.finalScore = sum.divide(BigDecimal.valueOf(a.weighted.size()), 2, RoundingMode.HALF_UP);
        List<Long> sorted = new ArrayList<>(a.proposed);
        Collections.sort(sorted);
        a.askedCents = Math.min(a.requestedCents, sorted.get(sorted.size() / 2));
        int weakest = 0;
        for (int c = 1; c < Plan.CRITERIA; c++) {
            if (a.criterionTotals[c] < a.criterionTotals[weakest]) {
                weakest = c;
            }
        }
        double weakestMean = a.criterionTotals[weakest] / a.weighted.size();
        List<Obligation> obligations = new ArrayList<>();
        // an inspanningsverplichting where the commissie found a criterion clearly weak (about one in four)
        if (weakestMean < 2.6) {
            List<LocalDate> due = List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 1),
                    LocalDate.of(year + 1, 3, 1), LocalDate.of(year + 1, 6, 30));
            obligations.add(new Obligation(Names.obligation(CRITERIA.get(weakest)), due.get(index % due.size()), null));
        }
        a.obligations = obligations;
        String score = a.finalScore.toPlainString().replace('.', ',');
        LocalDateTime recorded = Load.at(LocalDate.of(year, 5, 12), 16, 0);
        load.table("consensus", "application_id", "final_score", "recommended_amount", "motivation", "recorded_by",
                "recorded_at", "version").row(a.id, a.finalScore, Load.euro(a.askedCents), "De commissie weegt de "
                        + "beoordelingen van " + a.weighted.size() + " leden en komt uit op " + score
                        + ". Het zwakste punt is '" + CRITERIA.get(weakest).toLowerCase(java.util.Locale.ROOT) + "'.",
                        ReferenceData.PROJECTLEIDER, recorded, 0L);
        for (int i = 0; i < obligations.size(); i++) {
            load.table("consensus_obligation", "application_id", "position", "description", "due_on")
                    .row(a.id, i, obligations.get(i).description(), obligations.get(i).dueOn());
        }
        load.audit(AUDIT, a.id, "CONSENSUS", null, null, null, "Eindscore " + score + ", geadviseerd "
                + Money.format(Load.euro(a.askedCents)), ReferenceData.PROJECTLEIDER, recorded);
    }

    /** The ceiling: requests far exceed it, from about 62% of what is asked in 2016 to 78% in 2024 and 70% in 2025. */
    private static long ceiling(List<App> apps, int year, boolean decided) {
        long asked = apps.stream().mapToLong(a -> decided ? a.askedCents : a.requestedCents).sum();
        double share = decided ? Math.min(0.78, 0.62 + 0.02 * (year - Plan.FIRST_YEAR)) : 0.70;
        long ceiling = (long) (asked * share) / 1_000_000 * 1_000_000;
        return Math.max(Plan.MAXIMUM_CENTS, ceiling);
    }

    private void round(long id, int year, String title, long ceiling, boolean decided) throws SQLException {
        LocalDate opens = LocalDate.of(year - 1, 11, 1);
        LocalDate closes = LocalDate.of(year, 2, 28);
        LocalDate decision = LocalDate.of(year, 6, 15);
        load.table("subsidy_round", "id", "year", "title", "budget_ceiling", "maximum_kind", "maximum_fixed",
                "maximum_base", "maximum_per_child", "child_count_date", "opens_at", "closes_at", "decision_date",
                "decision_term_weeks", "status", "version").row(id, year, title, Load.euro(ceiling), "VAST",
                        Load.euro(Plan.MAXIMUM_CENTS), null, null, null, Load.at(opens, 9, 0), Load.at(closes, 17, 0),
                        decision, 8, decided ? "BESLOTEN" : "GESLOTEN", 0L);
        for (int c = 0; c < Plan.CRITERIA; c++) {
            load.table("round_criterion", "round_id", "position", "name", "description", "weight").row(id, c,
                    CRITERIA.get(c), "Criterium " + (c + 1) + " van het Ontwikkelinstrument IKC: het plan laat zien hoe "
                            + "het IKC op dit punt een niveau hoger komt.", WEIGHT_VALUES.get(c));
        }
        BulkTable rules = load.table("round_priority_rule", "round_id", "position", "kind", "parameter", "description");
        rules.row(id, 0, "MINIMUM_AANDEEL_AANDACHTSGEBIEDEN", "40",
                "Ten minste 40% van het budget gaat naar IKC's in aandachtsgebieden");
        if (year == 2019 || year == 2020) {
            rules.row(id, 1, "VOORRANG_VERLENGDE_LEERTIJD", null, "IKC's die verplicht verlengde leertijd invoeren gaan voor");
        }
        String ceilingText = Money.format(Load.euro(ceiling));
        load.audit(ROUND_AUDIT, id, "AANGEMAAKT", null, "CONCEPT", null, title + ", plafond " + ceilingText
                + ", maximum " + Money.format(Load.euro(Plan.MAXIMUM_CENTS)) + " per IKC per jaar",
                ReferenceData.PROJECTLEIDER, Load.at(opens.minusDays(45), 10, 0));
        load.audit(ROUND_AUDIT, id, "GEOPEND", "CONCEPT", "OPEN", null, null, ReferenceData.PROJECTLEIDER,
                Load.at(opens, 9, 0));
        load.audit(ROUND_AUDIT, id, "GESLOTEN", "OPEN", "GESLOTEN", null, null, ReferenceData.PROJECTLEIDER,
                Load.at(closes, 17, 5));
        if (decided) {
            load.audit(ROUND_AUDIT, id, "GEADVISEERD", "GESLOTEN", "GEADVISEERD", null, null, ReferenceData.PROJECTLEIDER,
                    Load.at(LocalDate.of(year, 5, 20), 10, 0));
            load.audit(ROUND_AUDIT, id, "BESLOTEN", "GEADVISEERD", "BESLOTEN", null,
                    "Het college besloot op alle aanvragen", ReferenceData.BESTUURDER, Load.at(decision.plusDays(3), 10, 0));
        }
    }

    /** The advice as the app draws it (its own allocation), established, and the college following it. */
    private void decide(long roundId, int year, String title, long ceiling, List<App> apps, Random r) throws SQLException {
        Map<Long, App> byId = new HashMap<>();
        List<Allocation.Candidate> candidates = new ArrayList<>();
        for (App a : apps) {
            byId.put(a.id, a);
            candidates.add(new Allocation.Candidate(a.id, a.reference, a.ikc.name, a.finalScore, Load.euro(a.askedCents),
                    Load.euro(Plan.MAXIMUM_CENTS), a.ikc.areaId != null, a.extendedLearningTime, a.ikc.category));
        }
        Allocation.Result result = Allocation.allocate(candidates, new Allocation.Rules(Load.euro(ceiling), 40,
                year == 2019 || year == 2020, null));
        LocalDateTime established = Load.at(LocalDate.of(year, 5, 20), 10, 0);
        load.table("advice", "round_id", "established_by", "established_at", "total")
                .row(roundId, ReferenceData.PROJECTLEIDER, established, result.total());
        LocalDate decidedOn = LocalDate.of(year, 6, 15);
        LocalDate sentOn = decidedOn.plusDays(3);
        int granted = 0;
        int notFull = 0;
        for (Allocation.Line line : result.lines()) {
            App a = byId.get(line.applicationId());
            BigDecimal advised = line.amount();
            String explanation = line.explanation().length() <= 2000 ? line.explanation()
                    : line.explanation().substring(0, 1999) + "…";
            load.table("advice_line", "round_id", "application_id", "ranking", "weighted_score", "assessment_count",
                    "requested_amount", "allocated_amount", "advised_amount", "explanation", "adjustment_reason")
                    .row(roundId, a.id, line.rank(), a.finalScore, a.weighted.size(), Load.euro(a.requestedCents),
                            advised, advised, explanation, null);
            load.audit(AUDIT, a.id, "GEADVISEERD", "IN_BEOORDELING", "GEADVISEERD", null, "Rang " + line.rank()
                    + ", geadviseerd " + Money.format(advised), ReferenceData.PROJECTLEIDER, established);

            BigDecimal requested = Load.euro(a.requestedCents);
            DecisionOutcome outcome = DecisionOutcome.of(advised, requested);
            long decisionId = load.id("decision");
            String reference = a.reference + "-B1";
            boolean grant = outcome != DecisionOutcome.AFGEWEZEN;
            LocalDate settlementDue = grant ? LocalDate.of(year + 1, 4, 1) : null;
            load.table("decision", "id", "application_id", "reference", "outcome", "requested_amount", "advised_amount",
                    "granted_amount", "deviation_reason", "grounds", "decided_on", "sent_on", "recorded_by", "recorded_at",
                    "replaces_id", "is_current", "settlement_due").row(decisionId, a.id, reference, outcome.name(),
                            requested, advised, advised.setScale(2), null, grounds(title, advised, outcome), decidedOn,
                            sentOn, ReferenceData.BESTUURDER, Load.at(sentOn, 10, 0), null, true, settlementDue);
            load.audit(AUDIT, a.id, "BESLOTEN", "GEADVISEERD", outcome.name(), null, outcome.label() + ": "
                    + Money.format(advised) + " (besluit " + reference + " van " + Dates.dutch(decidedOn) + ")",
                    ReferenceData.BESTUURDER, Load.at(sentOn, 10, 0));
            a.status = outcome.name();
            if (grant) {
                List<Obligation> obligations = new ArrayList<>();
                for (int i = 0; i < a.obligations.size(); i++) {
                    Obligation o = a.obligations.get(i);
                    // older obligations were all met; of 2024 most were
                    LocalDate fulfilled = year < Plan.LAST_DECIDED_YEAR || r.nextInt(100) < 85
                            ? o.dueOn().minusDays(3 + r.nextInt(40)) : null;
                    obligations.add(new Obligation(o.description(), o.dueOn(), fulfilled));
                    load.table("decision_obligation", "decision_id", "position", "description", "due_on", "fulfilled_on")
                            .row(decisionId, i, o.description(), o.dueOn(), fulfilled);
                }
                ReportFate fate = fate(year, granted++);
                if (fate == ReportFate.SETTLED) {
                    a.status = "VASTGESTELD";
                }
                grants.add(new Grant(a.id, decisionId, a.ikc, year, a.reference, advised.movePointRight(2).longValueExact(),
                        settlementDue, obligations, a.how, a.what, fate, outcome.name()));
                // the benchmark's beschikking: a full grant of 2024, preferably one with an obligation in its letter
                if (year == Plan.LAST_DECIDED_YEAR && outcome == DecisionOutcome.TOEGEKEND
                        && (sampleDecisionId == 0 || !obligations.isEmpty() && sampleWithoutObligations)) {
                    sampleWithoutObligations = obligations.isEmpty();
                    sampleDecisionId = decisionId;
                }
            }
            if (outcome != DecisionOutcome.TOEGEKEND && notFull++ % 40 == 13) {
                objection(decisionId, reference, a, sentOn);
            }
        }
    }

    private boolean sampleWithoutObligations;

    /** Reports over 2016-2023 were approved and the grants settled; over 2024 most, some still under way. */
    private static ReportFate fate(int year, int index) {
        if (year < Plan.LAST_DECIDED_YEAR) {
            return ReportFate.SETTLED;
        }
        int slot = index % 20;
        if (slot < 14) {
            return ReportFate.SETTLED;
        }
        if (slot < 17) {
            return ReportFate.GOEDGEKEURD;
        }
        if (slot < 19) {
            return ReportFate.INGEDIEND;
        }
        return index % 40 == 19 ? ReportFate.WIJZIGING_GEVRAAGD : ReportFate.CONCEPT;
    }

    /** The letter's grounds as the decision service writes them when the college follows the advice. */
    private static String grounds(String title, BigDecimal advised, DecisionOutcome outcome) {
        String text = "De IKC-commissie heeft uw aanvraag beoordeeld op de criteria van " + title
                + " en het college geadviseerd om " + Money.format(advised) + " toe te kennen. Het college volgt dit advies.";
        if (outcome == DecisionOutcome.DEELS_TOEGEKEND) {
            text += " Het subsidieplafond van de ronde is verdeeld naar de rangorde van de beoordeling; "
                    + "daardoor kan niet het hele aangevraagde bedrag worden toegekend.";
        }
        return text;
    }

    /** An objection that was heard and found unfounded within its term. */
    private void objection(long decisionId, String reference, App a, LocalDate sentOn) throws SQLException {
        LocalDate received = sentOn.plusDays(21);
        LocalDate outcomeOn = received.plusWeeks(10);
        String objector = a.ikc.board.name + ", namens " + a.ikc.name;
        long id = load.id("objection");
        load.table("objection", "id", "decision_id", "received_on", "objector", "summary", "advisory_committee",
                "extension_weeks", "extension_reason", "outcome", "outcome_on", "outcome_reason", "new_decision_id",
                "registered_by", "registered_at", "version").row(id, decisionId, received, objector,
                        "Het schoolbestuur vindt dat de commissie de samenwerking met de kinderopvang te laag heeft "
                                + "gewaardeerd en vraagt het volledige bedrag.", true, 0, null, "ONGEGROND", outcomeOn,
                        "De adviescommissie ziet geen reden om de beoordeling te herzien; de rangorde volgt de "
                                + "gepubliceerde verdeelregels.", null, ReferenceData.PROJECTLEIDER,
                        Load.at(received.plusDays(1), 9, 30), 0L);
        load.audit(AUDIT, a.id, "BEZWAAR_ONTVANGEN", null, null, null, "Bezwaar van " + objector + " tegen " + reference,
                ReferenceData.PROJECTLEIDER, Load.at(received.plusDays(1), 9, 30));
        load.audit(AUDIT, a.id, "BEZWAAR_AFGEHANDELD", null, null, null, "Ongegrond", ReferenceData.BESTUURDER,
                Load.at(outcomeOn, 10, 0));
    }

    /** The application row with its budget, self-assessment, partners and the history up to assessment. */
    private void application(long roundId, String title, App a, int year) throws SQLException {
        Org board = a.ikc.board;
        LocalDateTime updated = a.completedOn != null ? Load.at(a.completedOn, 11, 0) : a.submitted;
        load.table("subsidy_application", "id", "reference", "round_id", "ikc_id", "status", "why_text", "how_text",
                "what_text", "support_text", "extended_learning_time", "requested_amount", "submitted_amount",
                "submitted_at", "created_at", "created_by", "updated_at", "updated_by", "version", "creation_token")
                .row(a.id, a.reference, roundId, a.ikc.id, a.status, a.why, a.how, a.what, a.support,
                        a.extendedLearningTime, Load.euro(a.requestedCents), Load.euro(a.requestedCents), a.submitted,
                        a.created, board.applicant, updated, board.applicant, 0L, null);
        budget(a, load.random("budget-" + a.id));
        int[] current = a.ikc.appliedLevels.get(year);
        Random r = load.random("self-" + a.id);
        for (int c = 0; c < Plan.CRITERIA; c++) {
            int ambition = Math.min(4, current[c] + r.nextInt(3));
            load.table("application_self_assessment", "application_id", "criterion", "current_level", "ambition_level")
                    .row(a.id, c + 1, LEVELS[current[c]], LEVELS[ambition]);
        }
        for (Org partner : a.ikc.partners) {
            load.table("application_partner", "application_id", "organisation_id").row(a.id, partner.id);
        }
        String details = "Kenmerk " + a.reference + ", aangevraagd " + Money.format(Load.euro(a.requestedCents));
        load.audit(AUDIT, a.id, "AANGEMAAKT", null, "CONCEPT", null, "Concept voor " + a.ikc.name + " in " + title,
                board.applicant, a.created);
        load.audit(AUDIT, a.id, "INGEDIEND", "CONCEPT", "INGEDIEND", null, details, board.applicant, a.submitted);
        LocalDate complete = LocalDate.of(year, 3, 5);
        if (a.completionRequested != null) {
            long requestId = load.id("application_completion_request");
            load.table("application_completion_request", "id", "application_id", "requested_on", "due_on", "missing",
                    "requested_by", "completed_on").row(requestId, a.id, a.completionRequested,
                            a.completionRequested.plusDays(14), a.missing, ReferenceData.PROJECTLEIDER, a.completedOn);
            load.audit(AUDIT, a.id, "AANVULLING_GEVRAAGD", "INGEDIEND", "AANVULLING_GEVRAAGD", a.missing,
                    "Termijn tot en met " + a.completionRequested.plusDays(14) + "; de beslistermijn is opgeschort",
                    ReferenceData.PROJECTLEIDER, Load.at(a.completionRequested, 10, 0));
            load.audit(AUDIT, a.id, "AANGEVULD", "AANVULLING_GEVRAAGD", "INGEDIEND", null, details, board.applicant,
                    Load.at(a.completedOn, 11, 0));
            if (a.completedOn.isAfter(complete)) {
                complete = a.completedOn.plusDays(1);
            }
        }
        load.audit(AUDIT, a.id, "ONTVANKELIJK_VERKLAARD", "INGEDIEND", "ONTVANKELIJK", null, null,
                ReferenceData.PROJECTLEIDER, Load.at(complete, 9, 0));
    }

    /** Two to five lines whose amounts add up exactly to the requested amount, with co-financing beside them. */
    private void budget(App a, Random r) throws SQLException {
        int lines = 2 + r.nextInt(4);
        List<String> descriptions = new ArrayList<>(Names.BUDGET_LINES);
        Collections.shuffle(descriptions, r);
        long left = a.requestedCents;
        for (int i = 0; i < lines; i++) {
            long amount;
            if (i == lines - 1) {
                amount = left;
            } else {
                // a share of what is left, in whole euros, leaving at least 500 euros per remaining line
                long room = left - (lines - 1 - i) * 500_00L;
                amount = Math.max(500_00L, room * (20 + r.nextInt(50)) / 100 / 100 * 100);
                amount = Math.min(amount, room);
            }
            left -= amount;
            long education = r.nextInt(3) == 0 ? 0 : amount * (10 + r.nextInt(31)) / 100 / 100 * 100;
            long childcare = r.nextInt(2) == 0 ? 0 : amount * (5 + r.nextInt(16)) / 100 / 100 * 100;
            long other = r.nextInt(8) == 0 ? amount * (5 + r.nextInt(11)) / 100 / 100 * 100 : 0;
            load.table("application_budget_line", "application_id", "position", "description", "amount",
                    "cofinancing_education", "cofinancing_childcare", "cofinancing_other").row(a.id, i,
                            descriptions.get(i), Load.euro(amount), Load.euro(education), Load.euro(childcare),
                            Load.euro(other));
        }
    }
}
