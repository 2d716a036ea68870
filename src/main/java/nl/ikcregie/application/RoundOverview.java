package nl.ikcregie.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A round at a glance: applications by status, money requested against the ceiling, aandachtsgebieden against the rest. */
public record RoundOverview(Map<ApplicationStatus, Long> perStatus, BigDecimal ceiling, BigDecimal requested,
        BigDecimal requestedInPriorityAreas, BigDecimal requestedElsewhere, long applicationsInPriorityAreas,
        long applicationsElsewhere) {

    /** Submitted applications that still count: received, not withdrawn and not refused. */
    static boolean counts(SubsidyApplication a) {
        return a.status.isSubmitted() && a.status.countsTowardsMaximum();
    }

    static RoundOverview of(List<SubsidyApplication> applications, BigDecimal ceiling) {
        Map<ApplicationStatus, Long> perStatus = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            perStatus.put(status, applications.stream().filter(a -> a.status == status).count());
        }
        List<SubsidyApplication> counting = applications.stream().filter(RoundOverview::counts).toList();
        List<SubsidyApplication> inAreas = counting.stream().filter(a -> a.ikc.priorityArea != null).toList();
        List<SubsidyApplication> elsewhere = counting.stream().filter(a -> a.ikc.priorityArea == null).toList();
        return new RoundOverview(perStatus, ceiling, sum(counting), sum(inAreas), sum(elsewhere), inAreas.size(),
                elsewhere.size());
    }

    private static BigDecimal sum(List<SubsidyApplication> applications) {
        return applications.stream().map(a -> a.requestedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long count(String status) {
        return perStatus.get(ApplicationStatus.valueOf(status));
    }

    /** Requested as a percentage of the ceiling (can exceed 100: applications far exceed the budget). */
    public int requestedPercentOfCeiling() {
        return ceiling.signum() == 0 ? 0
                : requested.multiply(BigDecimal.valueOf(100)).divide(ceiling, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The share of the requested money that is for IKCs in aandachtsgebieden (the scheme expects 70-80%). */
    public int priorityAreaSharePercent() {
        return requested.signum() == 0 ? 0
                : requestedInPriorityAreas.multiply(BigDecimal.valueOf(100)).divide(requested, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    public int elsewhereSharePercent() {
        return requested.signum() == 0 ? 0 : 100 - priorityAreaSharePercent();
    }

    public BigDecimal overCeiling() {
        return requested.subtract(ceiling).max(BigDecimal.ZERO);
    }
}
