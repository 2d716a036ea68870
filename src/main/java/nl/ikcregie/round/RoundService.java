package nl.ikcregie.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/** Subsidierondes: the projectleider prepares and opens them; corrections after opening are logged. */
@ApplicationScoped
@Transactional
public class RoundService {

    public static final String AUDIT_TYPE = "SUBSIDIERONDE";
    static final BigDecimal DEFAULT_MAXIMUM = new BigDecimal("50000.00");
    /** Bounds on a round's lists: a form shows a few rows; an API call of thousands is refused, not stored. */
    static final int MAX_CRITERIA = 20;
    static final int MAX_PRIORITY_RULES = 10;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SubmittedApplications submittedApplications;

    /** Concept rounds are the municipality's own work; everyone else sees the published ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubsidyRound> listVisible() {
        return seesConcepts() ? SubsidyRound.listNewestFirst() : SubsidyRound.listPublishedNewestFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidyRound getVisible(long id) {
        SubsidyRound round = SubsidyRound.findById(id);
        if (round == null || (round.status == RoundStatus.CONCEPT && !seesConcepts())) {
            throw new NotFoundException("Subsidieronde");
        }
        return round;
    }

    /** For other features' rules: the round regardless of who asks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidyRound find(long id) {
        SubsidyRound round = SubsidyRound.findById(id);
        if (round == null) {
            throw new NotFoundException("Subsidieronde");
        }
        return round;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    private boolean seesConcepts() {
        return caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BEHEERDER, Roles.BESTUURDER);
    }

    public SubsidyRound create(RondeInvoer input) {
        requireProjectleider();
        SubsidyRound round = new SubsidyRound();
        apply(round, input);
        round.persist();
        audit.record(AUDIT_TYPE, round.id, "AANGEMAAKT", null, round.status.name(), null,
                round.title + ", plafond " + round.ceilingText() + ", maximum " + round.maximum.describe());
        return round;
    }

    public SubsidyRound update(long id, RondeInvoer input) {
        requireProjectleider();
        SubsidyRound round = find(id);
        ConflictException.requireVersion(input.versie, round.version);
        if (!round.isEditable()) {
            throw new ConflictException("Deze ronde is geopend: geld en regels liggen vast. Alleen het college kan het "
                    + "plafond nog verhogen, met een gemotiveerde correctie.");
        }
        String before = summary(round);
        apply(round, input);
        String after = summary(round);
        if (!before.equals(after)) {
            audit.changed(AUDIT_TYPE, id, "voor: " + before + "; na: " + after);
        }
        return round;
    }

    public SubsidyRound open(long id, Long version) {
        requireProjectleider();
        SubsidyRound round = find(id);
        ConflictException.requireVersion(version, round.version);
        RoundStatus from = round.status;
        round.open(clock.instant());
        audit.record(AUDIT_TYPE, id, "GEOPEND", from.name(), round.status.name(), null,
                "Aanvragen mogelijk van " + round.opensAt + " tot " + round.closesAt);
        return round;
    }

    public SubsidyRound close(long id, Long version, String reason) {
        requireProjectleider();
        SubsidyRound round = find(id);
        ConflictException.requireVersion(version, round.version);
        InputRules rules = new InputRules();
        String why = rules.optional("reden", reason, 2000);
        rules.throwIfAny();
        RoundStatus from = round.status;
        boolean early = round.isBeforeClosing(clock.instant());
        round.close(clock.instant(), why != null);
        audit.record(AUDIT_TYPE, id, "GESLOTEN", from.name(), round.status.name(), why,
                early ? "Gesloten vóór de gepubliceerde sluiting" : null);
        return round;
    }

    /** The advice is established: the round moves to GEADVISEERD (called within the advice's transaction). */
    public void markAdvised(SubsidyRound round, String details) {
        RoundStatus from = round.status;
        round.markAdvised();
        audit.record(AUDIT_TYPE, round.id, "GEADVISEERD", from.name(), round.status.name(), null, details);
    }

    /** Every application has its decision: the round moves to BESLOTEN. */
    public void markDecided(SubsidyRound round) {
        RoundStatus from = round.status;
        round.markDecided();
        audit.record(AUDIT_TYPE, round.id, "BESLOTEN", from.name(), round.status.name(), null,
                "Het college besloot op alle aanvragen");
    }

    /** A logged correction of the ceiling of an opened round, with the reason (e.g. the college's decision). */
    public SubsidyRound correctCeiling(long id, String amount, String reason, Long version) {
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Alleen de projectleider of het college legt een correctie van het plafond vast.");
        }
        SubsidyRound round = find(id);
        ConflictException.requireVersion(version, round.version);
        InputRules rules = new InputRules();
        BigDecimal ceiling = ceiling(rules, amount, round.maximum);
        String why = rules.required("reden", reason, 2000);
        if (ceiling != null) {
            rules.check(ceiling.compareTo(round.budgetCeiling) != 0, "subsidieplafond",
                    "Dit is het huidige plafond; een correctie verandert het.");
        }
        rules.throwIfAny();
        BigDecimal old = round.budgetCeiling;
        round.correctCeiling(ceiling, submittedApplications.anySubmitted(id));
        audit.record(AUDIT_TYPE, id, "PLAFOND_GECORRIGEERD", Money.format(old), Money.format(ceiling), why, null);
        return round;
    }

    private void apply(SubsidyRound round, RondeInvoer input) {
        InputRules rules = new InputRules();
        Integer year = rules.requiredWholeNumber("jaar", input.jaar, nl.ikcregie.shared.Years.FIRST, nl.ikcregie.shared.Years.LAST);
        String title = rules.required("titel", input.titel, 200);
        BigDecimal ceiling = ceiling(rules, input.subsidieplafond, null);
        MaximumKind kind = input.maximumSoort == null || input.maximumSoort.isBlank() ? MaximumKind.VAST
                : rules.requiredEnum("maximumSoort", input.maximumSoort, MaximumKind.class);
        MaximumPerIkc maximum = null;
        if (kind == MaximumKind.VAST) {
            BigDecimal fixed = input.maximumPerIkc == null || input.maximumPerIkc.isBlank() ? DEFAULT_MAXIMUM
                    : rules.requiredAmount("maximumPerIkc", input.maximumPerIkc);
            rules.check(fixed == null || fixed.signum() > 0, "maximumPerIkc", "Het maximum is groter dan nul.");
            maximum = MaximumPerIkc.fixed(fixed);
            if (fixed != null && ceiling != null) {
                ceilingCoversMaximum(rules, ceiling, maximum, "maximumPerIkc");
            }
        } else if (kind == MaximumKind.FORMULE) {
            BigDecimal base = rules.requiredAmount("maximumBasisbedrag", input.maximumBasisbedrag);
            BigDecimal perChild = rules.requiredAmount("maximumPerKind", input.maximumPerKind);
            LocalDate countDate = rules.requiredDate("kindTeldatum", input.kindTeldatum);
            maximum = MaximumPerIkc.formula(base, perChild, countDate);
        }
        // the fields of the other kind do not count, but what is filled in must still be valid (not stored)
        if (kind == MaximumKind.VAST) {
            rules.optionalAmount("maximumBasisbedrag", input.maximumBasisbedrag);
            rules.optionalAmount("maximumPerKind", input.maximumPerKind);
            if (input.kindTeldatum != null && !input.kindTeldatum.isBlank()) {
                rules.requiredDate("kindTeldatum", input.kindTeldatum);
            }
        } else if (kind == MaximumKind.FORMULE) {
            rules.optionalAmount("maximumPerIkc", input.maximumPerIkc);
        }
        Instant opens = rules.requiredMoment("openingsmoment", input.openingsmoment);
        Instant closes = rules.requiredMoment("sluitingsmoment", input.sluitingsmoment);
        if (opens != null && closes != null) {
            rules.check(closes.isAfter(opens), "sluitingsmoment", "De ronde sluit na de opening.");
        }
        LocalDate decisionDate = rules.requiredDate("beslisdatum", input.beslisdatum);
        if (decisionDate != null && closes != null) {
            rules.check(decisionDate.isAfter(LocalDate.ofInstant(closes, ClockProducer.AMSTERDAM)), "beslisdatum",
                    "Het college beslist na de sluiting van de ronde.");
        }
        // Integer.valueOf: with a bare 8 the ternary unboxes, and an invalid number (null) threw a NullPointerException
        Integer weeks = input.beslistermijnWeken == null || input.beslistermijnWeken.isBlank() ? Integer.valueOf(8)
                : rules.requiredWholeNumber("beslistermijnWeken", input.beslistermijnWeken, 1, 52);
        List<AssessmentCriterion> criteria = criteria(rules, input.criteria);
        List<PriorityRule> priorityRules = priorityRules(rules, input.voorrangsregels);
        if (title != null) {
            SubsidyRound.findByTitle(title).filter(other -> !other.id.equals(round.id))
                    .ifPresent(other -> rules.add("titel", "Er bestaat al een ronde met deze titel."));
        }
        rules.throwIfAny();
        round.year = year;
        round.title = title;
        round.budgetCeiling = ceiling;
        round.maximum = maximum;
        round.opensAt = opens;
        round.closesAt = closes;
        round.decisionDate = decisionDate;
        round.decisionTermWeeks = weeks;
        round.criteria.clear();
        round.criteria.addAll(criteria);
        round.priorityRules.clear();
        round.priorityRules.addAll(priorityRules);
    }

    /** The one rule for a ceiling, when a round is prepared and when it is corrected. */
    private static BigDecimal ceiling(InputRules rules, String amount, MaximumPerIkc maximum) {
        BigDecimal ceiling = rules.requiredAmount("subsidieplafond", amount);
        if (ceiling != null) {
            rules.check(ceiling.signum() > 0, "subsidieplafond", "Het plafond is groter dan nul.");
            if (maximum != null) {
                ceilingCoversMaximum(rules, ceiling, maximum, "subsidieplafond");
            }
        }
        return ceiling;
    }

    private static void ceilingCoversMaximum(InputRules rules, BigDecimal ceiling, MaximumPerIkc maximum, String field) {
        if (maximum.kind == MaximumKind.VAST && maximum.fixedAmount != null) {
            rules.check(maximum.fixedAmount.compareTo(ceiling) <= 0, field, "Het maximum per IKC is hoger dan het plafond.");
        }
    }

    private static List<AssessmentCriterion> criteria(InputRules rules, List<RondeInvoer.Criterium> input) {
        List<AssessmentCriterion> criteria = new ArrayList<>();
        List<RondeInvoer.Criterium> rows = input == null ? List.of() : input;
        for (int i = 0; i < rows.size(); i++) {
            RondeInvoer.Criterium row = rows.get(i);
            if (row == null || isBlank(row.naam) && isBlank(row.omschrijving) && isBlank(row.gewicht)) {
                continue; // an empty row of the form
            }
            String prefix = "criteria[" + i + "].";
            String name = rules.required(prefix + "naam", row.naam, 200);
            String description = rules.optional(prefix + "omschrijving", row.omschrijving, 2000);
            BigDecimal weight = rules.requiredAmount(prefix + "gewicht", row.gewicht);
            if (weight != null) {
                rules.check(weight.signum() > 0 && weight.compareTo(new BigDecimal("100")) <= 0, prefix + "gewicht",
                        "Het gewicht ligt tussen 0 en 100.");
            }
            criteria.add(new AssessmentCriterion(name, description, weight));
        }
        rules.check(!criteria.isEmpty(), "criteria", "Geef ten minste één beoordelingscriterium met een gewicht.");
        rules.check(criteria.size() <= MAX_CRITERIA, "criteria",
                "Gebruik ten hoogste " + MAX_CRITERIA + " beoordelingscriteria.");
        return criteria;
    }

    private static List<PriorityRule> priorityRules(InputRules rules, List<RondeInvoer.Voorrangsregel> input) {
        List<PriorityRule> result = new ArrayList<>();
        List<RondeInvoer.Voorrangsregel> rows = input == null ? List.of() : input;
        for (int i = 0; i < rows.size(); i++) {
            RondeInvoer.Voorrangsregel row = rows.get(i);
            if (row == null || isBlank(row.soort)) {
                continue;
            }
            String prefix = "voorrangsregels[" + i + "].";
            PriorityRuleKind kind = rules.requiredEnum(prefix + "soort", row.soort, PriorityRuleKind.class);
            String parameter = rules.optional(prefix + "parameter", row.parameter, 50);
            String description = rules.optional(prefix + "omschrijving", row.omschrijving, 2000);
            if (kind == PriorityRuleKind.MINIMUM_AANDEEL_AANDACHTSGEBIEDEN) {
                Integer percentage = rules.requiredWholeNumber(prefix + "parameter", parameter, 0, 100);
                parameter = percentage == null ? null : percentage.toString();
            } else if (kind == PriorityRuleKind.VOORRANG_CATEGORIE) {
                IkcCategory category = rules.requiredEnum(prefix + "parameter", parameter, IkcCategory.class);
                parameter = category == null ? null : category.name();
            } else {
                parameter = null;
            }
            result.add(new PriorityRule(kind, parameter, description));
        }
        rules.check(result.size() <= MAX_PRIORITY_RULES, "voorrangsregels",
                "Gebruik ten hoogste " + MAX_PRIORITY_RULES + " voorrangsregels.");
        return result;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String summary(SubsidyRound r) {
        return r.title + ", jaar " + r.year + ", plafond " + r.ceilingText() + ", maximum " + r.maximum.describe()
                + ", open " + r.opensAt.atZone(ClockProducer.AMSTERDAM).toLocalDateTime() + " tot "
                + r.closesAt.atZone(ClockProducer.AMSTERDAM).toLocalDateTime()
                + ", beslisdatum " + r.decisionDate + ", termijn " + r.decisionTermWeeks + " weken, "
                + r.criteria.size() + " criteria, " + r.priorityRules.size() + " voorrangsregels";
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider beheert subsidierondes.");
        }
    }

    /** Today in Europe/Amsterdam, by the server's clock. */
    public Instant now() {
        return clock.instant();
    }
}
