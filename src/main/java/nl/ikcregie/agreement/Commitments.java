package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.ikcregie.shared.Money;

/**
 * What one organisation committed across its agreements: per agreement its contributions (from the
 * latest agreed version), and the totals per year, per source and in all.
 */
public record Commitments(long organisationId, String organisationName, List<Line> lines, List<Integer> years,
        ContributionTotals totals) {

    /** One agreement's pledges by this organisation (as the party it is in that agreement). */
    public record Line(long agreementId, long ikcId, String ikcName, Party party, int version,
            List<AgreementContent.Contribution> contributions) {

        public BigDecimal inYear(int year) {
            return contributions.stream().filter(c -> c.year() == year).map(AgreementContent.Contribution::amount)
                    .reduce(Money.ZERO, BigDecimal::add);
        }

        public BigDecimal total() {
            return contributions.stream().map(AgreementContent.Contribution::amount).reduce(Money.ZERO, BigDecimal::add);
        }
    }

    static Commitments of(long organisationId, String name, List<Line> lines) {
        List<AgreementContent.Contribution> all = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Line line : lines) {
            all.addAll(line.contributions());
            line.contributions().forEach(c -> years.add(c.year()));
        }
        int first = years.isEmpty() ? AgreementService.PROGRAMME_FIRST_YEAR : years.first();
        int last = years.isEmpty() ? AgreementService.PROGRAMME_LAST_YEAR : years.last();
        ContributionTotals totals = ContributionTotals.of(all, first, last);
        return new Commitments(organisationId, name, lines, totals.years(), totals);
    }

    public BigDecimal inYear(int year) {
        return totals.ofYear(year);
    }

    public BigDecimal total() {
        return totals.grandTotal();
    }
}
