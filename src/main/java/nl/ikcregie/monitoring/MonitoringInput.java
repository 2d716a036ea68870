package nl.ikcregie.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.report.ObligationStatus;
import nl.ikcregie.report.ReportStatus;

/** The plain rows the {@link MonitoringCalculator} works on, loaded by the {@link MonitoringService}. */
public record MonitoringInput(int year, List<String> criterionNames, List<String> areas, List<Grant> grants,
        List<Report> reports, Set<Long> plusIkcs, List<Indicator> indicators, List<Level> levels,
        List<Obligation> obligations, List<Staffing> staffing) {

    /**
     * A grant in force (one per application): the IKC's category, aandachtsgebied (null: none) and school
     * board; {@code spent} as {@link MonitoringCalculator#spent} gives it; the settled final amount and
     * reclaim when settled (else null); the number of inspanningsverplichtingen the decision set.
     */
    public record Grant(int year, long applicationId, long ikcId, String ikc, IkcCategory category, String area,
            String schoolBoard, BigDecimal granted, BigDecimal spent, BigDecimal settled, BigDecimal reclaimed,
            int obligations) {
    }

    /** A yearly report (of any year up to the monitored one) and whether a settlement was recorded on it. */
    public record Report(long id, int year, long ikcId, String ikc, ReportStatus status, boolean settled) {

        /** Approved: the figures count it (a settled report was approved first). */
        public boolean counts() {
            return status == ReportStatus.GOEDGEKEURD;
        }
    }

    public record Indicator(long reportId, String goal, String name, String unit, BigDecimal target,
            BigDecimal realised) {
    }

    public record Level(long reportId, int criterion, IntegrationLevel previous, IntegrationLevel now) {
    }

    /** An obligation as a report of the monitored year reports it; a null status is not (yet) reported. */
    public record Obligation(long reportId, ObligationStatus status) {
    }

    public record Staffing(long reportId, StaffRole role, BigDecimal agreedHours, BigDecimal hoursInPlace) {
    }
}
