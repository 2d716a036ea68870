package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.application.YearlyMaximum;
import nl.ikcregie.assessment.AssessmentService;
import nl.ikcregie.assessment.Consensus;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.round.PriorityRule;
import nl.ikcregie.round.PriorityRuleKind;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.Roles;

/**
 * The advice of a round as it stands: the assessed applications ranked and allocated by the
 * round's rules. The weighted score of an application is the mean of its members' weighted scores.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdviceService {

    @Inject
    Caller caller;

    @Inject
    RoundService rounds;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentService assessments;

    @Inject
    Clock clock;

    /** How much of an applicant's plan the printed advice shows. */
    static final int PLAN_LENGTH = 2000;

    public Advies advice(long roundId) {
        return draw(roundId).advice();
    }

    /** The advice with what the printed document adds: the rules in words, each plan in short, today's date. */
    public AdviceReport report(long roundId) {
        Drawn drawn = draw(roundId);
        SubsidyRound round = drawn.round();
        List<AdviceReport.Section> sections = drawn.advice().items().stream()
                .map(item -> new AdviceReport.Section(item, shortened(drawn.applications().get(item.aanvraagId()).what)))
                .toList();
        return new AdviceReport(round.title, round.year, round.budgetCeiling, LocalDate.now(clock),
                Allocation.describe(drawn.rules(), round.maximum.describe(), categoryLabel(drawn.rules().categoryFirst())),
                drawn.advice(), sections);
    }

    /** The advice and what it was drawn from. */
    private record Drawn(SubsidyRound round, Allocation.Rules rules, Advies advice,
            Map<Long, SubsidyApplication> applications) {
    }

    private Drawn draw(long roundId) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Het advies is voor de projectleider en het college.");
        }
        SubsidyRound round = rounds.getVisible(roundId);
        if (round.status == RoundStatus.CONCEPT || round.status == RoundStatus.OPEN) {
            throw new ConflictException("Een advies volgt pas als de ronde gesloten is.");
        }
        List<SubsidyApplication> candidates = applications.listVisible(roundId).stream()
                .filter(ApplicationService::isAssessable).toList();
        Map<Long, SubsidyApplication> byId = candidates.stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Long> ids = candidates.stream().map(a -> a.id).toList();
        Map<Long, List<BigDecimal>> scores = assessments.weightedScores(ids);
        Map<Long, Consensus> consensus = assessments.consensuses(ids);
        List<Allocation.Candidate> input = new ArrayList<>();
        for (SubsidyApplication a : candidates) {
            YearlyMaximum maximum = applications.yearlyMaximum(a);
            // the commissie's consensus, once recorded, sets the score and caps the amount
            Consensus agreed = consensus.get(a.id);
            BigDecimal score = agreed != null ? agreed.finalScore : mean(scores.get(a.id));
            BigDecimal asked = agreed != null ? agreed.recommendedAmount.min(a.requestedAmount) : a.requestedAmount;
            input.add(new Allocation.Candidate(a.id, a.reference, a.ikc.name, score, asked,
                    maximum.maximum().subtract(maximum.otherApplications()).max(BigDecimal.ZERO),
                    a.ikc.priorityArea != null, a.extendedLearningTime, a.ikc.category.name()));
        }
        Allocation.Rules rules = rules(round);
        Allocation.Result result = Allocation.allocate(input, rules);
        List<Advies.Item> items = result.lines().stream().map(line -> {
            SubsidyApplication a = byId.get(line.applicationId());
            List<BigDecimal> own = scores.getOrDefault(a.id, List.of());
            Consensus agreed = consensus.get(a.id);
            return new Advies.Item(a.id, a.reference, a.ikc.name, line.rank(),
                    agreed != null ? agreed.finalScore : mean(own), own.size(), a.requestedAmount,
                    line.amount(), line.explanation(), a.ikc.category.label(),
                    a.ikc.priorityArea == null ? "Geen aandachtsgebied" : a.ikc.priorityArea.name, a.ikc.schoolBoard.name,
                    agreed != null ? agreed.motivation : null,
                    agreed != null ? agreed.obligations.stream()
                            .map(o -> new Advies.Verplichting(o.description, o.dueOn)).toList() : List.of());
        }).toList();
        Advies advice = new Advies(round.id, round.budgetCeiling, result.total(), result.totalInPriorityAreas(),
                rules.minimumPriorityAreaPercent(), items, Advies.totals(items, Advies.Item::categorie),
                Advies.totals(items, Advies.Item::aandachtsgebied), Advies.totals(items, Advies.Item::schoolbestuur));
        return new Drawn(round, rules, advice, byId);
    }

    /** The plan as the document shows it: at most {@value #PLAN_LENGTH} characters, cut at a word. */
    static String shortened(String plan) {
        if (plan == null || plan.isBlank()) {
            return null;
        }
        String text = plan.strip();
        if (text.length() <= PLAN_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PLAN_LENGTH);
        return text.substring(0, cut > PLAN_LENGTH / 2 ? cut : PLAN_LENGTH).stripTrailing()
                + " … (ingekort; de volledige tekst staat in de aanvraag)";
    }

    private static String categoryLabel(String category) {
        if (category == null) {
            return null;
        }
        try {
            return IkcCategory.valueOf(category).label();
        } catch (IllegalArgumentException e) {
            return category;
        }
    }

    static Allocation.Rules rules(SubsidyRound round) {
        int share = 0;
        boolean extended = false;
        String category = null;
        for (PriorityRule rule : round.priorityRules) {
            if (rule.kind == PriorityRuleKind.MINIMUM_AANDEEL_AANDACHTSGEBIEDEN && rule.parameter != null) {
                share = Integer.parseInt(rule.parameter);
            } else if (rule.kind == PriorityRuleKind.VOORRANG_VERLENGDE_LEERTIJD) {
                extended = true;
            } else if (rule.kind == PriorityRuleKind.VOORRANG_CATEGORIE) {
                category = rule.parameter;
            }
        }
        return new Allocation.Rules(round.budgetCeiling, share, extended, category);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values == null || values.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
