package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * The content of one version of a result agreement as plain values: what the rules (totals,
 * differences) work on, without the database.
 */
public record AgreementContent(List<Goal> goals, List<Contribution> contributions, List<Staffing> staffing,
        Texts texts) {

    public record Goal(String title, String description, List<Indicator> indicators) {
    }

    /** A measurable indicator of a goal: its unit, the baseline, and a target per year. */
    public record Indicator(String name, String unit, BigDecimal baseline, SortedMap<Integer, BigDecimal> targets) {
    }

    public record Contribution(Party party, FundingSource source, int year, BigDecimal amount) {
    }

    public record Staffing(StaffRole role, BigDecimal hoursPerWeek, Party fundedBy, FundingSource source, int firstYear,
            int lastYear, String note) {
    }

    /** The text parts: the offer from the data analysis, steering, functiehuis steps, organisation of education and care. */
    public record Texts(String dataAnalysis, String steering, String functiehuis, String organisation) {
    }
}
