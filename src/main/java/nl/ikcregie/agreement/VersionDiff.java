package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.ikcregie.shared.Money;

/**
 * What changed between two versions of an agreement: goals added, removed or reworded; targets per
 * indicator and year; contributions per party, source and year (old → new); staffing; the text parts.
 * Goals are matched by title and indicators by name within their goal, so a reworded title reads as
 * one removed and one added goal.
 */
public record VersionDiff(int from, int to, List<GoalChange> goals, List<TargetChange> targets,
        List<ContributionChange> contributions, List<StaffingChange> staffing, List<TextChange> texts) {

    public enum Kind {
        TOEGEVOEGD("Toegevoegd"),
        VERWIJDERD("Verwijderd"),
        GEWIJZIGD("Gewijzigd");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record GoalChange(Kind kind, String goal, String before, String after) {
    }

    /** A baseline (year null) or a yearly target of one indicator that was set, removed or changed. */
    public record TargetChange(String goal, String indicator, Integer year, BigDecimal before, BigDecimal after) {
    }

    public record ContributionChange(Party party, FundingSource source, int year, BigDecimal before, BigDecimal after) {

        public BigDecimal difference() {
            return after.subtract(before);
        }
    }

    public record StaffingChange(Kind kind, StaffRole role, Party fundedBy, FundingSource source, String before,
            String after) {
    }

    public record TextChange(String part, String before, String after) {
    }

    public boolean isEmpty() {
        return goals.isEmpty() && targets.isEmpty() && contributions.isEmpty() && staffing.isEmpty() && texts.isEmpty();
    }

    public static VersionDiff between(int from, AgreementContent before, int to, AgreementContent after) {
        List<GoalChange> goals = new ArrayList<>();
        List<TargetChange> targets = new ArrayList<>();
        Map<String, AgreementContent.Goal> oldGoals = byKey(before.goals(), AgreementContent.Goal::title);
        Map<String, AgreementContent.Goal> newGoals = byKey(after.goals(), AgreementContent.Goal::title);
        for (var entry : oldGoals.entrySet()) {
            AgreementContent.Goal old = entry.getValue();
            AgreementContent.Goal now = newGoals.get(entry.getKey());
            if (now == null) {
                goals.add(new GoalChange(Kind.VERWIJDERD, old.title(), describe(old), null));
                continue;
            }
            if (!Objects.equals(blankToNull(old.description()), blankToNull(now.description()))
                    || !indicatorNames(old).equals(indicatorNames(now))) {
                goals.add(new GoalChange(Kind.GEWIJZIGD, now.title(), describe(old), describe(now)));
            }
            compareIndicators(now.title(), old, now, targets);
        }
        for (var entry : newGoals.entrySet()) {
            if (!oldGoals.containsKey(entry.getKey())) {
                AgreementContent.Goal now = entry.getValue();
                goals.add(new GoalChange(Kind.TOEGEVOEGD, now.title(), null, describe(now)));
                compareIndicators(now.title(), new AgreementContent.Goal(now.title(), null, List.of()), now, targets);
            }
        }
        return new VersionDiff(from, to, goals, targets, contributions(before, after), staffing(before, after),
                texts(before.texts(), after.texts()));
    }

    private static void compareIndicators(String goal, AgreementContent.Goal old, AgreementContent.Goal now,
            List<TargetChange> out) {
        Map<String, AgreementContent.Indicator> before = byKey(old.indicators(), AgreementContent.Indicator::name);
        Map<String, AgreementContent.Indicator> after = byKey(now.indicators(), AgreementContent.Indicator::name);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            AgreementContent.Indicator b = before.get(key);
            AgreementContent.Indicator a = after.get(key);
            String name = a != null ? a.name() : b.name();
            BigDecimal baselineBefore = b == null ? null : b.baseline();
            BigDecimal baselineAfter = a == null ? null : a.baseline();
            if (!same(baselineBefore, baselineAfter)) {
                out.add(new TargetChange(goal, name, null, baselineBefore, baselineAfter));
            }
            Set<Integer> years = new TreeSet<>();
            if (b != null) {
                years.addAll(b.targets().keySet());
            }
            if (a != null) {
                years.addAll(a.targets().keySet());
            }
            for (int year : years) {
                BigDecimal tb = b == null ? null : b.targets().get(year);
                BigDecimal ta = a == null ? null : a.targets().get(year);
                if (!same(tb, ta)) {
                    out.add(new TargetChange(goal, name, year, tb, ta));
                }
            }
        }
    }

    private static List<ContributionChange> contributions(AgreementContent before, AgreementContent after) {
        Map<String, AgreementContent.Contribution> keys = new java.util.TreeMap<>();
        Map<String, BigDecimal> old = new LinkedHashMap<>();
        Map<String, BigDecimal> now = new LinkedHashMap<>();
        for (AgreementContent.Contribution c : before.contributions()) {
            keys.put(key(c), c);
            old.merge(key(c), c.amount(), BigDecimal::add);
        }
        for (AgreementContent.Contribution c : after.contributions()) {
            keys.put(key(c), c);
            now.merge(key(c), c.amount(), BigDecimal::add);
        }
        List<ContributionChange> changes = new ArrayList<>();
        keys.forEach((key, c) -> {
            BigDecimal b = old.getOrDefault(key, Money.ZERO);
            BigDecimal a = now.getOrDefault(key, Money.ZERO);
            if (b.compareTo(a) != 0) {
                changes.add(new ContributionChange(c.party(), c.source(), c.year(), b, a));
            }
        });
        return changes;
    }

    /** Sorts by party, source, year (enum order), so the list reads like the grid. */
    private static String key(AgreementContent.Contribution c) {
        return c.party().ordinal() + "|" + c.source().ordinal() + "|" + c.year();
    }

    private static List<StaffingChange> staffing(AgreementContent before, AgreementContent after) {
        Map<String, AgreementContent.Staffing> old = staffingByKey(before.staffing());
        Map<String, AgreementContent.Staffing> now = staffingByKey(after.staffing());
        List<StaffingChange> changes = new ArrayList<>();
        for (var entry : old.entrySet()) {
            AgreementContent.Staffing b = entry.getValue();
            AgreementContent.Staffing a = now.get(entry.getKey());
            if (a == null) {
                changes.add(new StaffingChange(Kind.VERWIJDERD, b.role(), b.fundedBy(), b.source(), describe(b), null));
            } else if (!describe(a).equals(describe(b))) {
                changes.add(new StaffingChange(Kind.GEWIJZIGD, a.role(), a.fundedBy(), a.source(), describe(b),
                        describe(a)));
            }
        }
        for (var entry : now.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                AgreementContent.Staffing a = entry.getValue();
                changes.add(new StaffingChange(Kind.TOEGEVOEGD, a.role(), a.fundedBy(), a.source(), null, describe(a)));
            }
        }
        return changes;
    }

    /** A line is the same line when role, funder and source are; a second such line is numbered. */
    private static Map<String, AgreementContent.Staffing> staffingByKey(List<AgreementContent.Staffing> lines) {
        Map<String, AgreementContent.Staffing> map = new LinkedHashMap<>();
        for (AgreementContent.Staffing s : lines) {
            String base = s.role() + "|" + s.fundedBy() + "|" + s.source();
            String key = base;
            for (int n = 2; map.containsKey(key); n++) {
                key = base + "|" + n;
            }
            map.put(key, s);
        }
        return map;
    }

    private static List<TextChange> texts(AgreementContent.Texts before, AgreementContent.Texts after) {
        List<TextChange> changes = new ArrayList<>();
        text(changes, "Aanbod uit de data-analyse", before.dataAnalysis(), after.dataAnalysis());
        text(changes, "Aansturing van het IKC", before.steering(), after.steering());
        text(changes, "Stappen naar het functiehuis", before.functiehuis(), after.functiehuis());
        text(changes, "Inrichting van onderwijs en opvang", before.organisation(), after.organisation());
        return changes;
    }

    private static void text(List<TextChange> out, String part, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            out.add(new TextChange(part, blankToNull(before), blankToNull(after)));
        }
    }

    public static String describe(AgreementContent.Staffing s) {
        return s.hoursPerWeek().stripTrailingZeros().toPlainString().replace('.', ',') + " uur per week, "
                + s.firstYear() + "-" + s.lastYear() + ", " + s.fundedBy().label() + " uit " + s.source().label()
                + (s.note() == null || s.note().isBlank() ? "" : " (" + s.note() + ")");
    }

    private static String describe(AgreementContent.Goal g) {
        String indicators = String.join(", ", indicatorNames(g));
        return (g.description() == null || g.description().isBlank() ? g.title() : g.description())
                + (indicators.isEmpty() ? "" : "; indicatoren: " + indicators);
    }

    private static List<String> indicatorNames(AgreementContent.Goal g) {
        return g.indicators().stream().map(AgreementContent.Indicator::name).toList();
    }

    private static <T> Map<String, T> byKey(List<T> items, java.util.function.Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(name.apply(item).strip().toLowerCase(Locale.ROOT), item);
        }
        return map;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
