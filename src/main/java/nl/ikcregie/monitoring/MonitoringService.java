package nl.ikcregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ikcregie.agreement.StaffRole;
import nl.ikcregie.application.DevelopmentCriteria;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.decision.DecisionOutcome;
import nl.ikcregie.designation.DesignationStatus;
import nl.ikcregie.monitoring.MonitoringInput.Grant;
import nl.ikcregie.monitoring.MonitoringInput.Indicator;
import nl.ikcregie.monitoring.MonitoringInput.Level;
import nl.ikcregie.monitoring.MonitoringInput.Obligation;
import nl.ikcregie.monitoring.MonitoringInput.Report;
import nl.ikcregie.monitoring.MonitoringInput.Staffing;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.report.ObligationStatus;
import nl.ikcregie.report.ReportStatus;
import nl.ikcregie.shared.NotFoundException;

/**
 * Loads what the monitoring report of a year needs in a fixed number of queries (ten, whatever the
 * number of IKCs: projections over joins, no lazy loading per row) and hands it to the calculator.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonitoringService {

    /** The years the report is made for; other years answer 404. */
    public static final int FIRST_YEAR = nl.ikcregie.shared.Years.FIRST;
    public static final int LAST_YEAR = nl.ikcregie.shared.Years.LAST;

    @Inject
    EntityManager em;

    @Inject
    DevelopmentCriteria criteria;

    @Inject
    Clock clock;

    /** The figures of {@code year}; a year without data gives zeros. */
    public MonitoringFigures figures(int year) {
        requireYear(year);
        return MonitoringCalculator.calculate(input(year));
    }

    public static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new NotFoundException("Monitoring over " + year);
        }
    }

    /**
     * The latest subsidy year with a decision in force, up to next year (a round for next year may be
     * decided already; test and planning rounds far ahead are not what a reader opens first); else this year.
     */
    public int latestYear() {
        int thisYear = LocalDate.now(clock).getYear();
        Integer latest = em.createQuery("select max(a.round.year) from Decision d join d.application a "
                + "where d.inForce = true and a.round.year <= :limit", Integer.class)
                .setParameter("limit", thisYear + 1).getSingleResult();
        return latest == null ? thisYear : latest;
    }

    /** The rows of every grant and report up to {@code year} and the elements of the approved reports. */
    MonitoringInput input(int year) {
        List<DecisionOutcome> granting = List.of(DecisionOutcome.TOEGEKEND, DecisionOutcome.DEELS_TOEGEKEND);
        List<Object[]> grantRows = em.createQuery("select a.round.year, a.id, i.id, i.name, i.category, pa.name, sb.name, "
                + "d.grantedAmount, size(d.obligations) from Decision d join d.application a join a.ikc i "
                + "join i.schoolBoard sb left join i.priorityArea pa "
                + "where d.inForce = true and d.outcome in :granting and a.round.year <= :year", Object[].class)
                .setParameter("granting", granting).setParameter("year", year).getResultList();

        Map<Long, Object[]> settlements = new HashMap<>();
        Set<Long> settledReports = new HashSet<>();
        for (Object[] s : em.createQuery("select s.application.id, s.report.id, s.finalAmount, s.reclaimAmount "
                + "from Settlement s where s.application.round.year <= :year", Object[].class)
                .setParameter("year", year).getResultList()) {
            settlements.put((Long) s[0], s);
            settledReports.add((Long) s[1]);
        }

        List<Object[]> reportRows = em.createQuery("select r.id, r.year, i.id, i.name, r.status, a.id, r.subsidySpent "
                + "from AnnualReport r join r.ikc i left join r.application a where r.year <= :year", Object[].class)
                .setParameter("year", year).getResultList();
        List<Report> reports = reportRows.stream().map(r -> new Report((Long) r[0], (Integer) r[1], (Long) r[2],
                (String) r[3], (ReportStatus) r[4], settledReports.contains((Long) r[0]))).toList();
        Map<Long, Object[]> reportByApplication = new HashMap<>();
        Map<String, Object[]> reportByIkcYear = new HashMap<>();
        for (Object[] r : reportRows) {
            if (r[5] != null) {
                reportByApplication.put((Long) r[5], r);
            }
            reportByIkcYear.put(r[2] + "/" + r[1], r);
        }

        List<Grant> grants = grantRows.stream().map(g -> {
            long applicationId = (Long) g[1];
            Object[] settlement = settlements.get(applicationId);
            Object[] report = Optional.ofNullable(reportByApplication.get(applicationId))
                    .orElse(reportByIkcYear.get(g[2] + "/" + g[0]));
            BigDecimal spent = MonitoringCalculator.spent(settlement == null ? null : (BigDecimal) settlement[2],
                    report == null ? null : (ReportStatus) report[4], report == null ? null : (BigDecimal) report[6]);
            return new Grant((Integer) g[0], applicationId, (Long) g[2], (String) g[3], (IkcCategory) g[4],
                    (String) g[5], (String) g[6], (BigDecimal) g[7], spent,
                    settlement == null ? null : (BigDecimal) settlement[2],
                    settlement == null ? null : (BigDecimal) settlement[3], ((Number) g[8]).intValue());
        }).toList();

        // Plus-IKCs must report for every year their predicaat (granted, or ended since) was valid in (report.ReportingDuty)
        Set<Long> plusIkcs = new HashSet<>(em.createQuery("select p.ikc.id from PlusDesignation p "
                + "where p.validFrom is not null and p.status in :statuses and p.validFrom <= :lastDay "
                + "and (p.validUntil is null or p.validUntil >= :firstDay)", Long.class)
                .setParameter("statuses", List.of(DesignationStatus.TOEGEKEND, DesignationStatus.BEEINDIGD))
                .setParameter("lastDay", LocalDate.of(year, 12, 31)).setParameter("firstDay", LocalDate.of(year, 1, 1))
                .getResultList());

        List<Indicator> indicators = em.createQuery("select r.id, x.goalTitle, x.name, x.unit, x.target, x.realised "
                + "from AnnualReport r join r.indicators x where r.year <= :year and r.status = :approved", Object[].class)
                .setParameter("year", year).setParameter("approved", ReportStatus.GOEDGEKEURD).getResultList().stream()
                .map(x -> new Indicator((Long) x[0], (String) x[1], (String) x[2], (String) x[3], (BigDecimal) x[4],
                        (BigDecimal) x[5])).toList();
        List<Level> levels = em.createQuery("select r.id, x.criterion, x.previousLevel, x.level "
                + "from AnnualReport r join r.levels x where r.year = :year and r.status = :approved", Object[].class)
                .setParameter("year", year).setParameter("approved", ReportStatus.GOEDGEKEURD).getResultList().stream()
                .map(x -> new Level((Long) x[0], (Integer) x[1], (IntegrationLevel) x[2], (IntegrationLevel) x[3]))
                .toList();
        List<Obligation> obligations = em.createQuery("select r.id, x.status "
                + "from AnnualReport r join r.obligations x where r.year = :year and r.status = :approved", Object[].class)
                .setParameter("year", year).setParameter("approved", ReportStatus.GOEDGEKEURD).getResultList().stream()
                .map(x -> new Obligation((Long) x[0], (ObligationStatus) x[1])).toList();
        List<Staffing> staffing = em.createQuery("select r.id, x.role, x.agreedHours, x.hoursInPlace "
                + "from AnnualReport r join r.staffing x where r.year = :year and r.status = :approved", Object[].class)
                .setParameter("year", year).setParameter("approved", ReportStatus.GOEDGEKEURD).getResultList().stream()
                .map(x -> new Staffing((Long) x[0], (StaffRole) x[1], (BigDecimal) x[2], (BigDecimal) x[3])).toList();
        List<String> areas = em.createQuery("select p.name from PriorityArea p order by p.name", String.class)
                .getResultList();

        return new MonitoringInput(year, criteria.all().stream().map(DevelopmentCriteria.DevelopmentCriterion::naam).toList(),
                areas, grants, reports, plusIkcs, indicators, levels, obligations, staffing);
    }
}
