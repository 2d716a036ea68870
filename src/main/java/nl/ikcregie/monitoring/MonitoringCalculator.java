package nl.ikcregie.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.monitoring.MonitoringFigures.Aandeel;
import nl.ikcregie.monitoring.MonitoringFigures.Criteriumbeweging;
import nl.ikcregie.monitoring.MonitoringFigures.Formatie;
import nl.ikcregie.monitoring.MonitoringFigures.Groep;
import nl.ikcregie.monitoring.MonitoringFigures.Indicatorreeks;
import nl.ikcregie.monitoring.MonitoringFigures.Jaarbedrag;
import nl.ikcregie.monitoring.MonitoringFigures.Meting;
import nl.ikcregie.monitoring.MonitoringFigures.Niveau;
import nl.ikcregie.monitoring.MonitoringFigures.Profiel;
import nl.ikcregie.monitoring.MonitoringFigures.Rapportages;
import nl.ikcregie.monitoring.MonitoringFigures.Verplichtingen;
import nl.ikcregie.monitoring.MonitoringInput.Grant;
import nl.ikcregie.monitoring.MonitoringInput.Report;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.report.ReportStatus;

/** The monitoring figures of a year from plain rows: sums, shares, movements. Pure, no database. */
public final class MonitoringCalculator {

    /** The scheme expects 70-80% of the money to go to IKCs in aandachtsgebieden (seed 003). */
    public static final int BAND_LOW = 70;
    public static final int BAND_HIGH = 80;
    public static final String OUTSIDE_AREAS = "Buiten aandachtsgebieden";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MonitoringCalculator() {
    }

    /**
     * What a grant counts as spent: the settled final amount when settled; else the subsidy spent as the
     * approved report says; else unknown (null: a draft's or a submitted report's figure is not yet checked).
     */
    public static BigDecimal spent(BigDecimal settledFinalAmount, ReportStatus reportStatus, BigDecimal reportSpent) {
        if (settledFinalAmount != null) {
            return settledFinalAmount;
        }
        return reportStatus == ReportStatus.GOEDGEKEURD ? reportSpent : null;
    }

    public static MonitoringFigures calculate(MonitoringInput in) {
        int year = in.year();
        List<Grant> grants = in.grants().stream().filter(g -> g.year() <= year).toList();
        List<Grant> ofYear = grants.stream().filter(g -> g.year() == year).toList();
        Map<Long, Report> reports = new LinkedHashMap<>();
        in.reports().stream().filter(r -> r.year() <= year).forEach(r -> reports.put(r.id(), r));
        List<Report> reportsOfYear = reports.values().stream().filter(r -> r.year() == year).toList();
        Set<Long> counted = reportsOfYear.stream().filter(Report::counts).map(Report::id).collect(Collectors.toSet());

        List<Jaarbedrag> perYear = new ArrayList<>();
        grants.stream().collect(Collectors.groupingBy(Grant::year, TreeMap::new, Collectors.toList()))
                .forEach((y, list) -> perYear.add(money(y, list)));

        return new MonitoringFigures(year, reports(in, ofYear, reportsOfYear), money(year, ofYear), perYear,
                perCategory(ofYear), perArea(ofYear, in.areas()), perBoard(ofYear), share(ofYear),
                indicatorReports(in, reports),
                indicators(in, reports), criteria(in, reportsOfYear, counted), profiles(in, reportsOfYear, counted),
                obligations(in, ofYear, reportsOfYear, counted), staffing(in, reportsOfYear, counted));
    }

    /** The counted reports (up to the year) that measured at least one indicator. */
    static int indicatorReports(MonitoringInput in, Map<Long, Report> reports) {
        Set<Long> measured = in.indicators().stream().map(MonitoringInput.Indicator::reportId).collect(Collectors.toSet());
        return (int) reports.values().stream().filter(Report::counts).filter(r -> measured.contains(r.id())).count();
    }

    static Jaarbedrag money(int year, List<Grant> grants) {
        return new Jaarbedrag(year, sum(grants, Grant::granted), sum(grants, Grant::spent), sum(grants, Grant::settled),
                sum(grants, Grant::reclaimed), (int) grants.stream().map(Grant::ikcId).distinct().count());
    }

    static List<Groep> perCategory(List<Grant> grants) {
        List<Groep> groups = new ArrayList<>();
        for (IkcCategory category : IkcCategory.values()) {
            groups.add(group(category.name(), category.label(), grants.stream().filter(g -> g.category() == category).toList()));
        }
        return groups;
    }

    static List<Groep> perArea(List<Grant> grants, List<String> areas) {
        Set<String> names = new java.util.TreeSet<>(areas);
        grants.stream().map(Grant::area).filter(Objects::nonNull).forEach(names::add);
        List<Groep> groups = new ArrayList<>();
        for (String area : names) {
            groups.add(group(area, area, grants.stream().filter(g -> area.equals(g.area())).toList()));
        }
        groups.add(group("", OUTSIDE_AREAS, grants.stream().filter(g -> g.area() == null).toList()));
        return groups;
    }

    static List<Groep> perBoard(List<Grant> grants) {
        return grants.stream().collect(Collectors.groupingBy(Grant::schoolBoard, TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> group(e.getKey(), e.getKey(), e.getValue())).toList();
    }

    private static Groep group(String code, String name, List<Grant> grants) {
        return new Groep(code, name, (int) grants.stream().map(Grant::ikcId).distinct().count(),
                sum(grants, Grant::granted), sum(grants, Grant::spent));
    }

    static Aandeel share(List<Grant> grants) {
        BigDecimal total = sum(grants, Grant::granted);
        BigDecimal inAreas = sum(grants.stream().filter(g -> g.area() != null).toList(), Grant::granted);
        if (total.signum() == 0) {
            return new Aandeel(BigDecimal.ZERO.setScale(1), false, BAND_LOW, BAND_HIGH, inAreas, total);
        }
        BigDecimal exact = inAreas.multiply(HUNDRED).divide(total, 10, RoundingMode.HALF_UP);
        return new Aandeel(exact.setScale(1, RoundingMode.HALF_UP), inBand(exact), BAND_LOW, BAND_HIGH, inAreas, total);
    }

    /** 70% and 80% themselves lie in the band. */
    static boolean inBand(BigDecimal percentage) {
        return percentage.compareTo(BigDecimal.valueOf(BAND_LOW)) >= 0
                && percentage.compareTo(BigDecimal.valueOf(BAND_HIGH)) <= 0;
    }

    static Rapportages reports(MonitoringInput in, List<Grant> ofYear, List<Report> reportsOfYear) {
        Set<Long> mustReport = new HashSet<>();
        ofYear.forEach(g -> mustReport.add(g.ikcId()));
        mustReport.addAll(in.plusIkcs());
        reportsOfYear.forEach(r -> mustReport.add(r.ikcId()));
        Set<Long> started = reportsOfYear.stream().map(Report::ikcId).collect(Collectors.toSet());
        int approved = count(reportsOfYear, r -> r.counts() && !r.settled());
        int settled = count(reportsOfYear, r -> r.counts() && r.settled());
        return new Rapportages(mustReport.size(), (int) mustReport.stream().filter(id -> !started.contains(id)).count(),
                count(reportsOfYear, r -> r.status() == ReportStatus.CONCEPT),
                count(reportsOfYear, r -> r.status() == ReportStatus.INGEDIEND),
                count(reportsOfYear, r -> r.status() == ReportStatus.WIJZIGING_GEVRAAGD), approved, settled,
                approved + settled);
    }

    static List<Indicatorreeks> indicators(MonitoringInput in, Map<Long, Report> reports) {
        record Key(long ikcId, String ikc, String goal, String name, String unit) {
        }
        Map<Key, List<Meting>> series = new LinkedHashMap<>();
        in.indicators().stream().filter(i -> reports.containsKey(i.reportId()) && reports.get(i.reportId()).counts())
                .forEach(i -> {
                    Report r = reports.get(i.reportId());
                    series.computeIfAbsent(new Key(r.ikcId(), r.ikc(), i.goal(), i.name(), i.unit()), k -> new ArrayList<>())
                            .add(new Meting(r.year(), i.target(), i.realised()));
                });
        return series.entrySet().stream()
                .map(e -> new Indicatorreeks(e.getKey().ikcId(), e.getKey().ikc(), e.getKey().goal(), e.getKey().name(),
                        e.getKey().unit(), e.getValue().stream().sorted(Comparator.comparingInt(Meting::jaar)).toList()))
                .sorted(Comparator.comparing(Indicatorreeks::ikcNaam).thenComparing(Indicatorreeks::doel)
                        .thenComparing(Indicatorreeks::indicator))
                .toList();
    }

    static List<Criteriumbeweging> criteria(MonitoringInput in, List<Report> reportsOfYear, Set<Long> counted) {
        List<MonitoringInput.Level> levels = in.levels().stream().filter(l -> counted.contains(l.reportId())).toList();
        List<Criteriumbeweging> result = new ArrayList<>();
        for (int c = 1; c <= 12; c++) {
            int criterion = c;
            List<MonitoringInput.Level> both = levels.stream()
                    .filter(l -> l.criterion() == criterion && l.previous() != null && l.now() != null).toList();
            String name = criterion <= in.criterionNames().size() ? in.criterionNames().get(criterion - 1) : "Criterium " + c;
            result.add(new Criteriumbeweging(criterion, name,
                    count(both, l -> l.now().ordinal() > l.previous().ordinal()),
                    count(both, l -> l.now() == l.previous()),
                    count(both, l -> l.now().ordinal() < l.previous().ordinal()),
                    average(both.stream().map(l -> number(l.previous())).toList()),
                    average(both.stream().map(l -> number(l.now())).toList())));
        }
        return result;
    }

    static List<Profiel> profiles(MonitoringInput in, List<Report> reportsOfYear, Set<Long> counted) {
        List<Profiel> result = new ArrayList<>();
        Map<Long, List<MonitoringInput.Level>> levelsByReport = in.levels().stream()
                .collect(Collectors.groupingBy(MonitoringInput.Level::reportId));
        reportsOfYear.stream().filter(r -> counted.contains(r.id())).sorted(Comparator.comparing(Report::ikc)).forEach(r -> {
            Map<Integer, MonitoringInput.Level> byCriterion = levelsByReport.getOrDefault(r.id(), List.of()).stream()
                    .collect(Collectors.toMap(MonitoringInput.Level::criterion, Function.identity(), (a, b) -> a));
            List<Niveau> levels = new ArrayList<>();
            for (int c = 1; c <= 12; c++) {
                MonitoringInput.Level l = byCriterion.get(c);
                IntegrationLevel before = l == null ? null : l.previous();
                IntegrationLevel now = l == null ? null : l.now();
                levels.add(new Niveau(c, label(before), label(now), number(before), number(now)));
            }
            result.add(new Profiel(r.ikcId(), r.ikc(), levels));
        });
        return result;
    }

    static Verplichtingen obligations(MonitoringInput in, List<Grant> ofYear, List<Report> reportsOfYear,
            Set<Long> counted) {
        List<MonitoringInput.Obligation> reported = in.obligations().stream().filter(o -> counted.contains(o.reportId()))
                .toList();
        Set<Long> ikcsReported = reportsOfYear.stream().filter(r -> counted.contains(r.id())).map(Report::ikcId)
                .collect(Collectors.toSet());
        int notYetAccounted = ofYear.stream().filter(g -> !ikcsReported.contains(g.ikcId())).mapToInt(Grant::obligations)
                .sum();
        return new Verplichtingen(
                count(reported, o -> o.status() == nl.ikcregie.report.ObligationStatus.NAGEKOMEN),
                count(reported, o -> o.status() == nl.ikcregie.report.ObligationStatus.DEELS_NAGEKOMEN),
                count(reported, o -> o.status() == nl.ikcregie.report.ObligationStatus.NIET_NAGEKOMEN),
                count(reported, o -> o.status() == null) + notYetAccounted);
    }

    static List<Formatie> staffing(MonitoringInput in, List<Report> reportsOfYear, Set<Long> counted) {
        Map<Long, Long> ikcOf = reportsOfYear.stream().collect(Collectors.toMap(Report::id, Report::ikcId));
        List<MonitoringInput.Staffing> rows = in.staffing().stream().filter(s -> counted.contains(s.reportId())).toList();
        List<Formatie> result = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
            List<MonitoringInput.Staffing> ofRole = rows.stream().filter(s -> s.role() == role).toList();
            if (ofRole.isEmpty()) {
                continue;
            }
            result.add(new Formatie(role.name(), role.label(),
                    (int) ofRole.stream().map(s -> ikcOf.get(s.reportId())).distinct().count(),
                    sum(ofRole, MonitoringInput.Staffing::agreedHours), sum(ofRole, MonitoringInput.Staffing::hoursInPlace)));
        }
        return result;
    }

    /** Levels as numbers: back to back 1 .. integraal 5. */
    static Integer number(IntegrationLevel level) {
        return level == null ? null : level.ordinal() + 1;
    }

    private static String label(IntegrationLevel level) {
        return level == null ? null : level.name();
    }

    private static BigDecimal average(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> int count(List<T> rows, java.util.function.Predicate<T> test) {
        return (int) rows.stream().filter(test).count();
    }
}
