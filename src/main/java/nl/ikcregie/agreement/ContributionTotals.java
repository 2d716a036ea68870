package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nl.ikcregie.shared.Money;

/**
 * The sums of a set of contributions: per party per year, per source per year, per party, per
 * source, per year and in all. Every cell exists (zero where nothing was pledged), so a table
 * over {@link #years()} has no gaps and its rows and columns add up to the same grand total.
 */
public final class ContributionTotals {

    private final List<Integer> years;
    private final Map<Party, Map<Integer, BigDecimal>> byPartyAndYear = new EnumMap<>(Party.class);
    private final Map<FundingSource, Map<Integer, BigDecimal>> bySourceAndYear = new EnumMap<>(FundingSource.class);
    private final Map<Party, Map<FundingSource, BigDecimal>> byPartyAndSource = new EnumMap<>(Party.class);
    private final Map<String, BigDecimal> cells = new java.util.HashMap<>();

    private ContributionTotals(List<Integer> years) {
        this.years = years;
        for (Party party : Party.values()) {
            byPartyAndYear.put(party, zeros(years));
            Map<FundingSource, BigDecimal> sources = new EnumMap<>(FundingSource.class);
            for (FundingSource source : FundingSource.values()) {
                sources.put(source, Money.ZERO);
            }
            byPartyAndSource.put(party, sources);
        }
        for (FundingSource source : FundingSource.values()) {
            bySourceAndYear.put(source, zeros(years));
        }
    }

    /** Totals over the years {@code firstYear..lastYear}; a contribution outside them still counts in its own year. */
    public static ContributionTotals of(Collection<AgreementContent.Contribution> contributions, int firstYear,
            int lastYear) {
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        IntStream.rangeClosed(firstYear, lastYear).forEach(y -> years.put(y, true));
        contributions.forEach(c -> years.put(c.year(), true));
        ContributionTotals totals = new ContributionTotals(List.copyOf(years.keySet()));
        for (AgreementContent.Contribution c : contributions) {
            totals.byPartyAndYear.get(c.party()).merge(c.year(), c.amount(), BigDecimal::add);
            totals.bySourceAndYear.get(c.source()).merge(c.year(), c.amount(), BigDecimal::add);
            totals.byPartyAndSource.get(c.party()).merge(c.source(), c.amount(), BigDecimal::add);
            totals.cells.merge(c.party() + "|" + c.source() + "|" + c.year(), c.amount(), BigDecimal::add);
        }
        return totals;
    }

    private static Map<Integer, BigDecimal> zeros(List<Integer> years) {
        Map<Integer, BigDecimal> map = new TreeMap<>();
        years.forEach(y -> map.put(y, Money.ZERO));
        return map;
    }

    public List<Integer> years() {
        return years;
    }

    public BigDecimal byParty(Party party, int year) {
        return byPartyAndYear.get(party).getOrDefault(year, Money.ZERO);
    }

    public BigDecimal bySource(FundingSource source, int year) {
        return bySourceAndYear.get(source).getOrDefault(year, Money.ZERO);
    }

    public BigDecimal byPartySource(Party party, FundingSource source) {
        return byPartyAndSource.get(party).get(source);
    }

    public BigDecimal ofParty(Party party) {
        return sum(byPartyAndYear.get(party).values());
    }

    public BigDecimal ofSource(FundingSource source) {
        return sum(bySourceAndYear.get(source).values());
    }

    public BigDecimal ofYear(int year) {
        return sum(byPartyAndYear.values().stream().map(m -> m.getOrDefault(year, Money.ZERO)).toList());
    }

    public BigDecimal grandTotal() {
        return sum(byPartyAndYear.values().stream().map(m -> sum(m.values())).toList());
    }

    /** The largest yearly total, for scaling a bar chart. */
    public BigDecimal largestYear() {
        return years.stream().map(this::ofYear).max(BigDecimal::compareTo).orElse(Money.ZERO);
    }

    /** A year's total as a share of the largest year, 0-100, for a bar. */
    public int percentOfLargest(int year) {
        BigDecimal largest = largestYear();
        if (largest.signum() == 0) {
            return 0;
        }
        return ofYear(year).multiply(BigDecimal.valueOf(100)).divide(largest, 0, java.math.RoundingMode.HALF_UP)
                .intValue();
    }

    /** One cell of the grid: a party's contribution from one source in one year. */
    public BigDecimal cell(Party party, FundingSource source, int year) {
        return cells.getOrDefault(party + "|" + source + "|" + year, Money.ZERO);
    }

    /** The sources a party contributes from, in the order of {@link FundingSource}. */
    public List<FundingSource> sourcesOf(Party party) {
        return java.util.Arrays.stream(FundingSource.values()).filter(s -> byPartySource(party, s).signum() != 0)
                .toList();
    }

    public List<Party> parties() {
        return List.of(Party.values());
    }

    /** The sources with any money in them, so a table shows no empty rows. */
    public List<FundingSource> sourcesUsed() {
        return java.util.Arrays.stream(FundingSource.values()).filter(s -> ofSource(s).signum() != 0).toList();
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
