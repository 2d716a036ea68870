package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    public Advies advice(long roundId) {
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
                    a.ikc.priorityArea == null ? "Geen aandachtsgebied" : a.ikc.priorityArea.name, a.ikc.schoolBoard.name);
        }).toList();
        return new Advies(round.id, round.budgetCeiling, result.total(), result.totalInPriorityAreas(),
                rules.minimumPriorityAreaPercent(), items, Advies.totals(items, Advies.Item::categorie),
                Advies.totals(items, Advies.Item::aandachtsgebied), Advies.totals(items, Advies.Item::schoolbestuur));
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
