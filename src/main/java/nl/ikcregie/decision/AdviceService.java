package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.ApplicationStatus;
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
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * The advice of a round: while the round is closed, the assessed applications ranked and
 * allocated by the round's rules (the weighted score of an application is the commissie's
 * consensus, or else the mean of its members' weighted scores), with the projectleider's
 * adjustments; once established, the frozen advice the college decides on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdviceService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    RoundService rounds;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentService assessments;

    /** One application in the advice, with its entity (for the pages and the decision). */
    record Entry(SubsidyApplication application, Advies.Item item) {
    }

    /** How much of an applicant's plan the printed advice shows. */
    static final int PLAN_LENGTH = 2000;

    public Advies advice(long roundId) {
        return draw(roundId).advice();
    }

    /** The advice with what the printed document adds: the rules in words, each plan in short, today's date. */
    public AdviceReport report(long roundId) {
        Drawn drawn = draw(roundId);
        SubsidyRound round = drawn.round();
        List<AdviceReport.Section> sections = drawn.entries().stream()
                .map(e -> new AdviceReport.Section(e.item(), shortened(e.application().what))).toList();
        // an established advice carries the date it was established; a concept the day it is printed
        Instant established = drawn.advice().vastgesteldOp();
        LocalDate date = established != null ? LocalDate.ofInstant(established, ClockProducer.AMSTERDAM) : LocalDate.now(clock);
        return new AdviceReport(round.title, round.year, round.budgetCeiling, date,
                Allocation.describe(drawn.rules(), round.maximum.describe(), categoryLabel(drawn.rules().categoryFirst())),
                drawn.advice(), sections);
    }

    /** The advice and what it was drawn from. */
    private record Drawn(SubsidyRound round, Allocation.Rules rules, Advies advice, List<Entry> entries) {
    }

    private Drawn draw(long roundId) {
        SubsidyRound round = readableRound(roundId);
        EstablishedAdvice established = EstablishedAdvice.findById(roundId);
        List<Entry> entries = established != null ? frozen(established) : live(round);
        List<Advies.Item> items = entries.stream().map(Entry::item).toList();
        Allocation.Rules rules = rules(round);
        BigDecimal total = items.stream().map(Advies.Item::geadviseerdBedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inAreas = entries.stream().filter(e -> e.application().ikc.priorityArea != null)
                .map(e -> e.item().geadviseerdBedrag()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Advies advice = new Advies(round.id, round.budgetCeiling, total, inAreas, rules.minimumPriorityAreaPercent(),
                items, Advies.totals(items, Advies.Item::categorie), Advies.totals(items, Advies.Item::aandachtsgebied),
                Advies.totals(items, Advies.Item::schoolbestuur), established != null ? Advies.VASTGESTELD : Advies.CONCEPT,
                established == null ? null : established.establishedAt,
                established == null ? null : established.establishedBy);
        return new Drawn(round, rules, advice, entries);
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

    /** The advised amount of an application in its round's established advice. */
    public Optional<AdviceLine> establishedLine(SubsidyApplication application) {
        EstablishedAdvice established = EstablishedAdvice.findById(application.round.id);
        return established == null ? Optional.empty() : established.line(application.id);
    }

    /** The projectleider sets an application's amount in the advice, with the reason; the ceiling and maximum still hold. */
    @Transactional
    public void adjust(long applicationId, AdviesAanpassing input) {
        SubsidyApplication application = adjustable(applicationId);
        InputRules rules = new InputRules();
        BigDecimal amount = rules.requiredAmount("bedrag", input.bedrag);
        String reason = rules.required("reden", input.reden, 2000);
        if (amount != null) {
            BigDecimal available = available(application);
            rules.check(amount.compareTo(application.requestedAmount) <= 0, "bedrag",
                    "Het bedrag is ten hoogste het aangevraagde bedrag, " + Money.format(application.requestedAmount) + ".");
            rules.check(amount.compareTo(available) <= 0, "bedrag",
                    "Het bedrag is ten hoogste het maximum dat voor dit IKC nog over is, " + Money.format(available) + ".");
            BigDecimal othersTotal = live(application.round).stream()
                    .filter(e -> !e.application().id.equals(application.id))
                    .map(e -> e.item().geadviseerdBedrag()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal room = application.round.budgetCeiling.subtract(othersTotal).max(BigDecimal.ZERO);
            rules.check(amount.compareTo(room) <= 0, "bedrag", "Met dit bedrag gaat het advies over het plafond; "
                    + "er is voor deze aanvraag ten hoogste " + Money.format(room) + " ruimte.");
        }
        rules.throwIfAny();
        AdviceAdjustment adjustment = AdviceAdjustment.findById(application.id);
        boolean created = adjustment == null;
        if (created) {
            adjustment = new AdviceAdjustment();
            adjustment.applicationId = application.id;
        }
        adjustment.amount = amount;
        adjustment.reason = reason;
        adjustment.adjustedBy = caller.username();
        adjustment.adjustedAt = clock.instant();
        if (created) {
            adjustment.persist();
        }
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "ADVIES_AANGEPAST", null, null, reason,
                "Geadviseerd bedrag " + Money.format(amount));
    }

    /** Back to the amount the allocation gives. */
    @Transactional
    public void removeAdjustment(long applicationId) {
        SubsidyApplication application = adjustable(applicationId);
        AdviceAdjustment adjustment = AdviceAdjustment.findById(application.id);
        if (adjustment != null) {
            adjustment.delete();
            audit.record(ApplicationService.AUDIT_TYPE, application.id, "ADVIESAANPASSING_VERVALLEN", null, null, null,
                    "Weer het berekende bedrag");
        }
    }

    /**
     * The projectleider establishes the advice for the college: every application must be assessed;
     * the advice is frozen, its applications and the round become GEADVISEERD.
     */
    @Transactional
    public Advies establish(long roundId, Long version) {
        requireProjectleider();
        SubsidyRound round = rounds.find(roundId);
        ConflictException.requireVersion(version, round.version);
        if (round.status != RoundStatus.GESLOTEN) {
            throw new ConflictException(round.status == RoundStatus.CONCEPT || round.status == RoundStatus.OPEN
                    ? "Een advies volgt pas als de ronde gesloten is." : "Het advies van deze ronde is al vastgesteld.");
        }
        List<SubsidyApplication> pending = SubsidyApplication.listForRound(roundId).stream()
                .filter(a -> a.status == ApplicationStatus.INGEDIEND || a.status == ApplicationStatus.AANVULLING_GEVRAAGD
                        || a.status == ApplicationStatus.ONTVANKELIJK)
                .toList();
        if (!pending.isEmpty()) {
            throw new ConflictException("Nog niet alle aanvragen zijn ontvankelijk verklaard en beoordeeld: "
                    + pending.stream().map(a -> a.reference + " (" + a.status.label().toLowerCase() + ")")
                            .collect(Collectors.joining(", ")) + ".");
        }
        establishAs(round, caller.username());
        return advice(roundId);
    }

    /**
     * Freezes the advice as it stands and moves its applications and the round to GEADVISEERD. No
     * caller check: {@link #establish} checks the projectleider; the demo data uses it directly.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EstablishedAdvice establishAs(SubsidyRound round, String by) {
        List<Entry> entries = live(round);
        EstablishedAdvice established = new EstablishedAdvice();
        established.roundId = round.id;
        established.establishedBy = by;
        established.establishedAt = clock.instant();
        BigDecimal total = BigDecimal.ZERO;
        for (Entry entry : entries) {
            Advies.Item item = entry.item();
            AdviceLine line = new AdviceLine();
            line.applicationId = item.aanvraagId();
            line.rank = item.rang();
            line.weightedScore = item.gewogenScore();
            line.assessmentCount = item.aantalBeoordelingen();
            line.requestedAmount = item.aangevraagdBedrag();
            line.allocatedAmount = item.berekendBedrag();
            line.advisedAmount = item.geadviseerdBedrag();
            line.explanation = truncate(item.toelichting(), 2000);
            line.adjustmentReason = item.aanpassingsreden();
            established.lines.add(line);
            total = total.add(item.geadviseerdBedrag());
            applications.markAdvised(entry.application(), "Rang " + item.rang() + ", geadviseerd "
                    + Money.format(item.geadviseerdBedrag()));
        }
        established.total = total;
        established.persist();
        rounds.markAdvised(round, entries.size() + " aanvragen, geadviseerd " + Money.format(total));
        return established;
    }

    private List<Entry> live(SubsidyRound round) {
        List<SubsidyApplication> candidates = SubsidyApplication.listForRound(round.id).stream()
                .filter(ApplicationService::isAssessable).toList();
        Map<Long, SubsidyApplication> byId = candidates.stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Long> ids = candidates.stream().map(a -> a.id).toList();
        Map<Long, List<BigDecimal>> scores = assessments.weightedScores(ids);
        Map<Long, Consensus> consensus = assessments.consensuses(ids);
        Map<Long, AdviceAdjustment> adjustments = ids.isEmpty() ? Map.of()
                : AdviceAdjustment.<AdviceAdjustment>list("applicationId in ?1", ids).stream()
                        .collect(Collectors.toMap(a -> a.applicationId, Function.identity()));
        Map<Long, YearlyMaximum> maxima = applications.yearlyMaxima(candidates);
        List<Allocation.Candidate> input = new ArrayList<>();
        for (SubsidyApplication a : candidates) {
            // the commissie's consensus, once recorded, sets the score and caps the amount
            Consensus agreed = consensus.get(a.id);
            BigDecimal score = agreed != null ? agreed.finalScore : mean(scores.get(a.id));
            BigDecimal asked = agreed != null ? agreed.recommendedAmount.min(a.requestedAmount) : a.requestedAmount;
            input.add(new Allocation.Candidate(a.id, a.reference, a.ikc.name, score, asked, maxima.get(a.id).remaining(),
                    a.ikc.priorityArea != null, a.extendedLearningTime, a.ikc.category.name()));
        }
        Allocation.Result result = Allocation.allocate(input, rules(round));
        return result.lines().stream().map(line -> {
            SubsidyApplication a = byId.get(line.applicationId());
            List<BigDecimal> own = scores.getOrDefault(a.id, List.of());
            Consensus agreed = consensus.get(a.id);
            AdviceAdjustment adjusted = adjustments.get(a.id);
            return new Entry(a, item(a, line.rank(), agreed != null ? agreed.finalScore : mean(own), own.size(),
                    line.amount(), adjusted == null ? line.amount() : adjusted.amount, line.explanation(),
                    adjusted == null ? null : adjusted.reason, agreed));
        }).toList();
    }

    private List<Entry> frozen(EstablishedAdvice established) {
        List<Long> ids = established.lines.stream().map(l -> l.applicationId).toList();
        Map<Long, SubsidyApplication> byId = ids.isEmpty() ? Map.of()
                : SubsidyApplication.<SubsidyApplication>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<Long, Consensus> consensus = assessments.consensuses(ids);
        return established.lines.stream().map(l -> {
            SubsidyApplication a = byId.get(l.applicationId);
            return new Entry(a, item(a, l.rank, l.weightedScore, l.assessmentCount, l.allocatedAmount, l.advisedAmount,
                    l.explanation, l.adjustmentReason, consensus.get(a.id)));
        }).toList();
    }

    private static Advies.Item item(SubsidyApplication a, int rank, BigDecimal score, int assessmentCount,
            BigDecimal allocated, BigDecimal advised, String explanation, String adjustmentReason, Consensus agreed) {
        return new Advies.Item(a.id, a.reference, a.ikc.name, rank, score, assessmentCount, a.requestedAmount, advised,
                explanation, a.ikc.category.label(),
                a.ikc.priorityArea == null ? "Geen aandachtsgebied" : a.ikc.priorityArea.name, a.ikc.schoolBoard.name,
                allocated, adjustmentReason, agreed != null ? agreed.motivation : null,
                agreed != null ? agreed.obligations.stream().map(o -> new Advies.Verplichting(o.description, o.dueOn))
                        .toList() : List.of());
    }


    /** What the IKC may still get this year: its maximum less its other applications in the same year. */
    private BigDecimal available(SubsidyApplication application) {
        return applications.yearlyMaximum(application).remaining();
    }

    private SubsidyRound readableRound(long roundId) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Het advies is voor de projectleider en het college.");
        }
        SubsidyRound round = rounds.getVisible(roundId);
        if (round.status == RoundStatus.CONCEPT || round.status == RoundStatus.OPEN) {
            throw new ConflictException("Een advies volgt pas als de ronde gesloten is.");
        }
        return round;
    }

    private SubsidyApplication adjustable(long applicationId) {
        requireProjectleider();
        SubsidyApplication application = SubsidyApplication.findById(applicationId);
        if (application == null) {
            throw new NotFoundException("Aanvraag");
        }
        if (application.round.status != RoundStatus.GESLOTEN || !ApplicationService.isAssessable(application)) {
            throw new ConflictException("Alleen het advies van een gesloten ronde die nog niet is vastgesteld, kan "
                    + "worden aangepast.");
        }
        return application;
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider stelt het advies op.");
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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
