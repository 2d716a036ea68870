package nl.ikcregie.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.round.AssessmentCriterion;
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

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ApplicationService applications;

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
        if (!caller.hasRole(Roles.COMMISSIELID)) {
            throw new ForbiddenException("Alleen leden van de IKC-commissie beoordelen aanvragen.");
        }
        SubsidyApplication application = assessable(applicationId);
        if (Assessment.byMember(application.id, caller.username()).isPresent()) {
            throw new ConflictException("U heeft deze aanvraag al beoordeeld.");
        }
        List<AssessmentCriterion> criteria = application.round.criteria;
        InputRules rules = new InputRules();
        List<Score> scores = new ArrayList<>();
        Set<Integer> seen = new TreeSet<>();
        List<BeoordelingInvoer.ScoreInvoer> rows = input.scores == null ? List.of() : input.scores;
        for (int i = 0; i < rows.size(); i++) {
            BeoordelingInvoer.ScoreInvoer row = rows.get(i);
            String prefix = "scores[" + i + "].";
            Integer criterion = rules.requiredWholeNumber(prefix + "criterium", row == null ? null : row.criterium, 1,
                    criteria.size());
            Integer score = rules.requiredWholeNumber(prefix + "score", row == null ? null : row.score, 1, 5);
            String motivation = rules.required(prefix + "motivering", row == null ? null : row.motivering, 4000);
            if (criterion != null && !seen.add(criterion)) {
                rules.add(prefix + "criterium", "Criterium " + criterion + " staat er twee keer in.");
            }
            if (criterion != null && score != null && motivation != null) {
                scores.add(new Score(criterion, score, motivation));
            }
        }
        for (int c = 1; c <= criteria.size(); c++) {
            if (!seen.contains(c)) {
                rules.add("scores", "Geef een score met motivering op elk criterium; criterium " + c + " ("
                        + criteria.get(c - 1).name + ") ontbreekt.");
            }
        }
        BigDecimal amount = rules.requiredAmount("voorgesteldBedrag", input.voorgesteldBedrag);
        if (amount != null) {
            rules.check(amount.compareTo(application.requestedAmount) <= 0, "voorgesteldBedrag",
                    "Het voorgestelde bedrag is ten hoogste het aangevraagde bedrag, " + Money.format(application.requestedAmount)
                            + ".");
        }
        List<ProposedObligation> obligations = obligations(rules, input.inspanningsverplichtingen);
        rules.throwIfAny();
        applications.startAssessment(application);
        Assessment assessment = new Assessment();
        assessment.application = application;
        assessment.memberUsername = caller.username();
        assessment.memberOrganisationId = caller.organisationId().orElse(null);
        assessment.proposedAmount = amount;
        assessment.submittedAt = clock.instant();
        assessment.scores.addAll(scores);
        assessment.obligations.addAll(obligations);
        assessment.persist();
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "BEOORDEELD", null, null, null,
                "Beoordeling door " + caller.displayName());
        return Beoordeling.of(assessment, weighted(assessment));
    }

    /** A member keeps away from an application they have an interest in. */
    public void declareConflict(long applicationId, String reason) {
        if (!caller.hasRole(Roles.COMMISSIELID)) {
            throw new ForbiddenException("Alleen leden van de IKC-commissie melden belangenverstrengeling.");
        }
        SubsidyApplication application = assessable(applicationId);
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
        SubsidyApplication application = assessable(applicationId);
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
        List<ProposedObligation> obligations = obligations(rules, input.inspanningsverplichtingen);
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

    private List<ProposedObligation> obligations(InputRules rules, List<BeoordelingInvoer.Verplichting> asked) {
        List<ProposedObligation> obligations = new ArrayList<>();
        List<BeoordelingInvoer.Verplichting> rows = asked == null ? List.of() : asked;
        for (int i = 0; i < rows.size(); i++) {
            BeoordelingInvoer.Verplichting row = rows.get(i);
            if (row == null) {
                continue;
            }
            String prefix = "inspanningsverplichtingen[" + i + "].";
            String what = rules.required(prefix + "omschrijving", row.omschrijving, 1000);
            LocalDate due = rules.requiredDate(prefix + "deadline", row.deadline);
            if (due != null) {
                rules.check(due.isAfter(LocalDate.now(clock)), prefix + "deadline", "De deadline ligt na vandaag.");
            }
            if (what != null && due != null) {
                obligations.add(new ProposedObligation(what, due));
            }
        }
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
