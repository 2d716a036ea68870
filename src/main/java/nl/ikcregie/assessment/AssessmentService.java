package nl.ikcregie.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.round.AssessmentCriterion;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * The commissie's assessments: every member scores every criterion the same way, never an
 * application of their own organisation or one they declared a conflict on, and sees the others'
 * scores only after submitting their own.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    /** Obligations a commissielid or the consensus proposes for one application; more are refused. */
    static final int MAX_OBLIGATIONS = 10;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ApplicationService applications;

    @Inject
    AssignmentService assignments;

    @Inject
    ObjectMapper json;

    static final String DRAFT_AUDIT_TYPE = "BEOORDELINGSCONCEPT";

    /** What the caller may see of the assessments of an application. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assessment> visibleAssessments(long applicationId) {
        SubsidyApplication application = assessable(applicationId);
        if (caller.hasRole(Roles.PROJECTLEIDER)) {
            return Assessment.forApplication(application.id);
        }
        boolean submittedOwn = Assessment.byMember(application.id, caller.username()).isPresent();
        return submittedOwn ? Assessment.forApplication(application.id) : List.of();
    }

    /** Submits the caller's assessment and answers it as the API shows it (built within the transaction). */
    public Beoordeling submit(long applicationId, BeoordelingInvoer input) {
        SubsidyApplication application = requireStillOpen(scorable(applicationId));
        if (Assessment.byMember(application.id, caller.username()).isPresent()) {
            throw new ConflictException("U heeft deze aanvraag al beoordeeld.");
        }
        InputRules rules = new InputRules();
        Checked checked = check(rules, application, input, true);
        rules.throwIfAny();
        applications.startAssessment(application);
        Assessment assessment = new Assessment();
        assessment.application = application;
        assessment.memberUsername = caller.username();
        assessment.memberOrganisationId = caller.organisationId().orElse(null);
        assessment.proposedAmount = checked.amount();
        assessment.submittedAt = clock.instant();
        assessment.scores.addAll(checked.scores());
        assessment.obligations.addAll(checked.obligations());
        assessment.persist();
        // the draft has become the assessment
        AssessmentDraft.byMember(application.id, caller.username()).ifPresent(AssessmentDraft::delete);
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "BEOORDEELD", null, null, null,
                "Beoordeling door " + caller.displayName());
        return Beoordeling.of(assessment, weighted(assessment));
    }

    /**
     * Keeps the caller's assessment in progress as typed: only the fields filled in are checked, and
     * no one else sees it. It does not count as an assessment and shows no one's scores.
     */
    public void saveDraft(long applicationId, BeoordelingInvoer input) {
        SubsidyApplication application = requireStillOpen(scorable(applicationId));
        if (Assessment.byMember(application.id, caller.username()).isPresent()) {
            throw new ConflictException("U heeft deze aanvraag al beoordeeld; een concept is niet meer nodig.");
        }
        InputRules rules = new InputRules();
        check(rules, application, input, false);
        rules.throwIfAny();
        AssessmentDraft draft = AssessmentDraft.byMember(application.id, caller.username()).orElse(null);
        boolean created = draft == null;
        if (created) {
            draft = new AssessmentDraft();
            draft.applicationId = application.id;
            draft.memberUsername = caller.username();
        }
        try {
            draft.content = json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment form always serialises", e);
        }
        draft.savedAt = clock.instant();
        if (created) {
            draft.persist();
        }
        // audited apart from the application, whose history others read: a draft is the member's own
        audit.record(DRAFT_AUDIT_TYPE, draft.id, "CONCEPT_OPGESLAGEN", null, null, null,
                "Concept van de beoordeling van aanvraag " + application.id);
    }

    /** What the member sees on the scoring page: own assessment and everyone's, or the draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scoring scoring(long applicationId) {
        SubsidyApplication application = scorable(applicationId);
        Assessment own = Assessment.byMember(application.id, caller.username()).orElse(null);
        if (own != null) {
            Map<String, String> names = assignments.names();
            List<Scored> all = Assessment.forApplication(application.id).stream()
                    .map(a -> new Scored(a, names.getOrDefault(a.memberUsername, a.memberUsername), weighted(a))).toList();
            return new Scoring(application, own, null, null, all);
        }
        AssessmentDraft draft = AssessmentDraft.byMember(application.id, caller.username()).orElse(null);
        BeoordelingInvoer input = null;
        if (draft != null) {
            try {
                input = json.readValue(draft.content, BeoordelingInvoer.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored draft always reads back", e);
            }
        }
        return new Scoring(application, null, input, draft == null ? null : draft.savedAt, List.of());
    }

    /** The caller's work: the assigned applications of every closed round, and those they keep away from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkList workList() {
        requireMember();
        List<SubsidyApplication> all = applications.assessableApplications(null);
        List<Long> ids = all.stream().map(a -> a.id).toList();
        String me = caller.username();
        Long organisation = caller.organisationId().orElse(null);
        Map<Long, Assignment> explicit = Assignment.forApplications(ids).stream()
                .collect(Collectors.toMap(a -> a.applicationId, a -> a));
        Set<Long> declared = ConflictDeclaration.forApplications(ids).stream()
                .filter(d -> d.key.memberUsername.equals(me)).map(d -> d.key.applicationId).collect(Collectors.toSet());
        Map<Long, Assessment> submitted = Assessment.byMember(me, ids).stream()
                .collect(Collectors.toMap(a -> a.application.id, a -> a));
        Set<Long> drafts = AssessmentDraft.byMember(me, ids).stream().map(d -> d.applicationId).collect(Collectors.toSet());
        Map<Long, WorkList.RoundWork> rounds = new LinkedHashMap<>();
        List<WorkList.Recusal> recused = new ArrayList<>();
        for (SubsidyApplication a : all) {
            Optional<String> conflict = ApplicationService.conflictReason(a, organisation, declared.contains(a.id));
            if (conflict.isPresent()) {
                recused.add(new WorkList.Recusal(a, conflict.get()));
                continue;
            }
            Assignment chosen = explicit.get(a.id);
            Assessment done = submitted.get(a.id);
            if (done == null && chosen != null && !chosen.members.contains(me)) {
                continue;
            }
            WorkList.State state = done != null ? WorkList.State.BEOORDEELD
                    : drafts.contains(a.id) ? WorkList.State.CONCEPT : WorkList.State.TE_BEOORDELEN;
            rounds.computeIfAbsent(a.round.id, k -> new WorkList.RoundWork(a.round, new ArrayList<>())).items()
                    .add(new WorkList.Item(a, state, done == null ? null : done.submittedAt));
        }
        return new WorkList(List.copyOf(rounds.values()), recused);
    }

    /** The parts of an assessment that passed the checks. */
    private record Checked(List<Score> scores, BigDecimal amount, List<ProposedObligation> obligations) {
    }

    /**
     * The rules of an assessment, for submitting ({@code complete}: every criterion scored with a
     * motivation, an amount) and for a draft (only what was filled in is checked).
     */
    private Checked check(InputRules rules, SubsidyApplication application, BeoordelingInvoer input, boolean complete) {
        List<AssessmentCriterion> criteria = application.round.criteria;
        List<Score> scores = new ArrayList<>();
        Set<Integer> seen = new TreeSet<>();
        List<BeoordelingInvoer.ScoreInvoer> rows = input.scores == null ? List.of() : input.scores;
        for (int i = 0; i < rows.size(); i++) {
            BeoordelingInvoer.ScoreInvoer row = rows.get(i) == null ? new BeoordelingInvoer.ScoreInvoer() : rows.get(i);
            String prefix = "scores[" + i + "].";
            Integer criterion = rules.requiredWholeNumber(prefix + "criterium", row.criterium, 1, criteria.size());
            Integer score = complete || filled(row.score) ? score(rules, prefix + "score", row.score) : null;
            String motivation = complete ? rules.required(prefix + "motivering", row.motivering, 4000)
                    : rules.optional(prefix + "motivering", row.motivering, 4000);
            if (criterion != null && !seen.add(criterion)) {
                rules.add(prefix + "criterium", "Criterium " + criterion + " staat er twee keer in.");
            }
            if (criterion != null && score != null && motivation != null) {
                scores.add(new Score(criterion, score, motivation));
            }
        }
        if (complete) {
            for (int c = 1; c <= criteria.size(); c++) {
                if (!seen.contains(c)) {
                    rules.add("scores", "Geef een score met motivering op elk criterium; criterium " + c + " ("
                            + criteria.get(c - 1).name + ") ontbreekt.");
                }
            }
        }
        BigDecimal amount = complete ? rules.requiredAmount("voorgesteldBedrag", input.voorgesteldBedrag)
                : rules.optionalAmount("voorgesteldBedrag", input.voorgesteldBedrag);
        if (amount != null) {
            rules.check(amount.compareTo(application.requestedAmount) <= 0, "voorgesteldBedrag",
                    "Het voorgestelde bedrag is ten hoogste het aangevraagde bedrag, " + Money.format(application.requestedAmount)
                            + ".");
        }
        return new Checked(scores, amount, obligations(rules, input.inspanningsverplichtingen, complete));
    }

    private static Integer score(InputRules rules, String field, String value) {
        if (!filled(value)) {
            rules.add(field, "Kies een score van 1 tot en met 5.");
            return null;
        }
        try {
            int score = Integer.parseInt(value.strip());
            if (score >= 1 && score <= 5) {
                return score;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        rules.add(field, "Een score is een heel getal van 1 tot en met 5.");
        return null;
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    /** A member keeps away from an application they have an interest in. */
    public void declareConflict(long applicationId, String reason) {
        if (!caller.hasRole(Roles.COMMISSIELID)) {
            throw new ForbiddenException("Alleen leden van de IKC-commissie melden belangenverstrengeling.");
        }
        SubsidyApplication application = requireStillOpen(assessable(applicationId));
        InputRules rules = new InputRules();
        String why = rules.required("reden", reason, 2000);
        rules.throwIfAny();
        if (Assessment.byMember(application.id, caller.username()).isPresent()) {
            throw new ConflictException("U heeft deze aanvraag al beoordeeld; neem contact op met de projectleider.");
        }
        ConflictDeclaration declaration = new ConflictDeclaration();
        declaration.key = new ConflictDeclaration.Key(application.id, caller.username());
        declaration.declaredAt = clock.instant();
        declaration.reason = why;
        declaration.persist();
        // a draft of an assessment the member will not make is of no use to anyone
        AssessmentDraft.byMember(application.id, caller.username()).ifPresent(AssessmentDraft::delete);
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "BELANGENVERSTRENGELING", null, null, why,
                caller.displayName() + " beoordeelt deze aanvraag niet");
    }

    /** The spread of the members' scores and the consensus, for the projectleider. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsensusGegevens consensus(long applicationId) {
        requireProjectleider();
        SubsidyApplication application = assessable(applicationId);
        List<BigDecimal> scores = Assessment.forApplication(application.id).stream().map(AssessmentService::weighted)
                .toList();
        Consensus c = Consensus.findById(application.id);
        return new ConsensusGegevens(application.id, scores.size(),
                scores.stream().min(BigDecimal::compareTo).orElse(null), scores.stream().max(BigDecimal::compareTo).orElse(null),
                c == null ? null : c.finalScore, c == null ? null : c.recommendedAmount, c == null ? null : c.motivation,
                c == null ? List.of() : c.obligations.stream()
                        .map(o -> new ConsensusGegevens.Verplichting(o.description, o.dueOn)).toList(),
                c == null ? null : c.version);
    }

    /** The projectleider records (or, with the version, corrects) the commissie's consensus. */
    public void recordConsensus(long applicationId, ConsensusInvoer input) {
        requireProjectleider();
        SubsidyApplication application = requireStillOpen(assessable(applicationId));
        Consensus consensus = Consensus.findById(application.id);
        if (consensus != null) {
            ConflictException.requireVersion(input.versie, consensus.version);
        }
        InputRules rules = new InputRules();
        BigDecimal score = rules.requiredAmount("eindscore", input.eindscore);
        if (score != null) {
            rules.check(score.compareTo(BigDecimal.ONE) >= 0 && score.compareTo(BigDecimal.valueOf(5)) <= 0, "eindscore",
                    "De eindscore ligt tussen 1 en 5.");
        }
        BigDecimal amount = rules.requiredAmount("geadviseerdBedrag", input.geadviseerdBedrag);
        if (amount != null) {
            rules.check(amount.compareTo(application.requestedAmount) <= 0, "geadviseerdBedrag",
                    "Het geadviseerde bedrag is ten hoogste het aangevraagde bedrag, "
                            + Money.format(application.requestedAmount) + ".");
        }
        String motivation = rules.required("motivering", input.motivering, 10_000);
        List<ProposedObligation> obligations = obligations(rules, input.inspanningsverplichtingen, true);
        rules.check(Assessment.count("application.id", application.id) > 0, "eindscore",
                "Er is nog geen beoordeling van een commissielid; leg de consensus vast na de beoordelingen.");
        rules.throwIfAny();
        boolean created = consensus == null;
        if (created) {
            consensus = new Consensus();
            consensus.applicationId = application.id;
        }
        consensus.finalScore = score;
        consensus.recommendedAmount = amount;
        consensus.motivation = motivation;
        consensus.recordedBy = caller.username();
        consensus.recordedAt = clock.instant();
        consensus.obligations.clear();
        consensus.obligations.addAll(obligations);
        if (created) {
            consensus.persist();
        }
        audit.record(ApplicationService.AUDIT_TYPE, application.id, created ? "CONSENSUS" : "CONSENSUS_GEWIJZIGD", null,
                null, null, "Eindscore " + score.toPlainString().replace('.', ',') + ", geadviseerd " + Money.format(amount));
    }

    /** The consensus per application (final score and amount), for the advice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, Consensus> consensuses(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        // the obligations come along in the same statement: the advice shows them for every application
        List<Consensus> all = Consensus.list("select distinct c from Consensus c left join fetch c.obligations "
                + "where c.applicationId in ?1", applicationIds);
        return all.stream().collect(java.util.stream.Collectors.toMap(c -> c.applicationId, c -> c));
    }

    /**
     * The inspanningsverplichtingen: a row with neither description nor deadline is an unused row of a
     * form; {@code complete} asks both of every other row, a draft checks what is filled in.
     */
    private List<ProposedObligation> obligations(InputRules rules, List<BeoordelingInvoer.Verplichting> asked,
            boolean complete) {
        List<ProposedObligation> obligations = new ArrayList<>();
        List<BeoordelingInvoer.Verplichting> rows = asked == null ? List.of() : asked;
        for (int i = 0; i < rows.size(); i++) {
            BeoordelingInvoer.Verplichting row = rows.get(i);
            if (row == null || (!filled(row.omschrijving) && !filled(row.deadline))) {
                continue;
            }
            String prefix = "inspanningsverplichtingen[" + i + "].";
            String what = complete ? rules.required(prefix + "omschrijving", row.omschrijving, 1000)
                    : rules.optional(prefix + "omschrijving", row.omschrijving, 1000);
            LocalDate due = complete || filled(row.deadline) ? rules.requiredDate(prefix + "deadline", row.deadline) : null;
            if (due != null) {
                rules.check(due.isAfter(LocalDate.now(clock)), prefix + "deadline", "De deadline ligt na vandaag.");
            }
            if (what != null && due != null) {
                obligations.add(new ProposedObligation(what, due));
            }
        }
        rules.atMost("inspanningsverplichtingen", obligations, MAX_OBLIGATIONS, "inspanningsverplichtingen");
        return obligations;
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider legt de consensus van de commissie vast.");
        }
    }

    /** The members' weighted scores per application, for the advice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, List<BigDecimal>> weightedScores(List<Long> applicationIds) {
        java.util.Map<Long, List<BigDecimal>> result = new java.util.HashMap<>();
        if (applicationIds.isEmpty()) {
            return result;
        }
        List<Assessment> all = Assessment.list("application.id in ?1", applicationIds);
        for (Assessment a : all) {
            result.computeIfAbsent(a.application.id, k -> new ArrayList<>()).add(weighted(a));
        }
        return result;
    }

    /** The weighted score of an assessment over the round's criteria. */
    public static BigDecimal weighted(Assessment assessment) {
        List<AssessmentCriterion> criteria = assessment.application.round.criteria;
        List<Integer> scores = new ArrayList<>();
        for (int c = 1; c <= criteria.size(); c++) {
            int criterion = c;
            scores.add(assessment.scores.stream().filter(s -> s.criterion == criterion).findFirst()
                    .map(s -> s.score).orElse(0));
        }
        return WeightedScore.of(scores, criteria.stream().map(c -> c.weight).toList());
    }

    /** The application, if the caller is a commissielid assigned to it without a conflict (403), and it exists (404). */
    private SubsidyApplication scorable(long applicationId) {
        requireMember();
        SubsidyApplication application = assessable(applicationId);
        if (!assignments.isAssigned(application.id, caller.username())) {
            throw new ForbiddenException("De projectleider heeft deze aanvraag niet aan u toegewezen om te beoordelen.");
        }
        return application;
    }

    private void requireMember() {
        if (!caller.hasRole(Roles.COMMISSIELID)) {
            throw new ForbiddenException("Alleen leden van de IKC-commissie beoordelen aanvragen.");
        }
    }

    /** Once the advice is established (the round is no longer GESLOTEN) the assessment is closed: 409. */
    private static SubsidyApplication requireStillOpen(SubsidyApplication application) {
        if (application.round.status != RoundStatus.GESLOTEN) {
            throw new ConflictException("Het advies van deze ronde is vastgesteld; de beoordeling is afgesloten.");
        }
        return application;
    }

    /** The application, if the caller may work on its assessment: the member's conflict gives 403. */
    private SubsidyApplication assessable(long applicationId) {
        SubsidyApplication application = SubsidyApplication.findById(applicationId);
        if (application == null || !ApplicationService.isAssessable(application)
                || !caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.COMMISSIELID)) {
            throw new NotFoundException("Aanvraag");
        }
        if (caller.hasRole(Roles.COMMISSIELID) && applications.hasConflict(application)) {
            throw new ForbiddenException("U beoordeelt geen aanvraag van uw eigen organisatie of een aanvraag waarbij u "
                    + "belangenverstrengeling heeft gemeld.");
        }
        return application;
    }
}
