package nl.ikcregie.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.decision.SettlementTerm;

/**
 * Which IKCs must file a yearly report for a year, and by when: every IKC subsidised for that year
 * (a grant in force on an application of a round of that year; the report is its settlement
 * request, due on the date the grant set) and every Plus-IKC whose predicaat was valid in that
 * year. One report per IKC per year.
 */
public record ReportingDuty(long ikcId, int year, LocalDate dueOn, Long applicationId, Long decisionId, boolean plus) {

    /** A grant in force: outcome TOEGEKEND or DEELS_TOEGEKEND on an application of a round of the year. */
    public record Grant(long ikcId, long applicationId, long decisionId, LocalDate settlementDue) {
    }

    /** A granted (or later ended) Plus-IKC predicaat and its validity. */
    public record Predicate(long ikcId, LocalDate validFrom, LocalDate validUntil) {

        boolean validIn(int year) {
            return validFrom != null && !validFrom.isAfter(LocalDate.of(year, 12, 31))
                    && (validUntil == null || !validUntil.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    public boolean subsidised() {
        return applicationId != null;
    }

    /** The duties of a year, one per IKC; a grant's own settlement term wins over the default. */
    public static List<ReportingDuty> of(int year, List<Grant> grants, List<Predicate> predicates) {
        Map<Long, ReportingDuty> duties = new LinkedHashMap<>();
        grants.stream().sorted(Comparator.comparingLong(Grant::applicationId)).forEach(g -> {
            LocalDate due = g.settlementDue() != null ? g.settlementDue() : SettlementTerm.requestDue(year);
            duties.putIfAbsent(g.ikcId(), new ReportingDuty(g.ikcId(), year, due, g.applicationId(), g.decisionId(),
                    false));
        });
        for (Predicate p : predicates) {
            if (!p.validIn(year)) {
                continue;
            }
            ReportingDuty grant = duties.get(p.ikcId());
            duties.put(p.ikcId(), grant != null
                    ? new ReportingDuty(p.ikcId(), year, grant.dueOn(), grant.applicationId(), grant.decisionId(), true)
                    : new ReportingDuty(p.ikcId(), year, SettlementTerm.requestDue(year), null, null, true));
        }
        return new ArrayList<>(duties.values());
    }
}
