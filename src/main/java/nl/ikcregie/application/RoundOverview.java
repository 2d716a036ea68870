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
    static boolean counts(ApplicationStatus status) {
        return status.isSubmitted() && status.countsTowardsMaximum();
    }

    /** The applications of one status, inside or outside the aandachtsgebieden: how many, and what they ask. */
    public record Tally(ApplicationStatus status, boolean inPriorityArea, long applications, BigDecimal requested) {
    }

    /** The overview from the round's tallies (one aggregate query, whatever the number of applications). */
    static RoundOverview of(List<Tally> tallies, BigDecimal ceiling) {
        Map<ApplicationStatus, Long> perStatus = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            perStatus.put(status, 0L);
        }
        BigDecimal inAreas = BigDecimal.ZERO;
        BigDecimal elsewhere = BigDecimal.ZERO;
        long countInAreas = 0;
        long countElsewhere = 0;
        for (Tally tally : tallies) {
            perStatus.merge(tally.status(), tally.applications(), Long::sum);
            if (!counts(tally.status())) {
                continue;
            }
            if (tally.inPriorityArea()) {
                inAreas = inAreas.add(tally.requested());
                countInAreas += tally.applications();
            } else {
                elsewhere = elsewhere.add(tally.requested());
                countElsewhere += tally.applications();
            }
        }
        return new RoundOverview(perStatus, ceiling, inAreas.add(elsewhere), inAreas, elsewhere, countInAreas,
                countElsewhere);
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
