package nl.ikcregie.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ikcregie.application.SubsidyApplication;

/**
 * Who assesses one application and how far they are: every commissielid with their conflict (if
 * any), whether they are assigned and whether they submitted; the submitted assessments and the
 * consensus. For the projectleider's overviews and the assignment rules.
 */
public record Panel(SubsidyApplication application, Long assignmentVersion, List<Seat> seats, List<Scored> assessments,
        Consensus consensus) {

    /** One commissielid and this application. */
    public record Seat(String username, String name, String conflict, boolean assigned, boolean submitted) {

        /** A member with a conflict of interest can never be assigned. */
        public boolean selectable() {
            return conflict == null;
        }
    }

    /** True once the projectleider chose the members; otherwise every member without a conflict assesses. */
    public boolean explicit() {
        return assignmentVersion != null;
    }

    public List<Seat> assigned() {
        return seats.stream().filter(Seat::assigned).toList();
    }

    public Set<String> assignedUsernames() {
        return seats.stream().filter(Seat::assigned).map(Seat::username).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Assigned members who have not submitted their assessment. */
    public List<Seat> missing() {
        return seats.stream().filter(s -> s.assigned() && !s.submitted()).toList();
    }

    public List<Seat> recused() {
        return seats.stream().filter(s -> s.conflict() != null).toList();
    }

    public Seat seat(String username) {
        return seats.stream().filter(s -> s.username().equals(username)).findFirst().orElse(null);
    }

    public BigDecimal lowest() {
        return assessments.stream().map(Scored::weighted).min(BigDecimal::compareTo).orElse(null);
    }

    public BigDecimal highest() {
        return assessments.stream().map(Scored::weighted).max(BigDecimal::compareTo).orElse(null);
    }

    /** The difference between the highest and the lowest weighted score; null without assessments. */
    public BigDecimal spread() {
        return assessments.isEmpty() ? null : highest().subtract(lowest());
    }

    /** The lowest and highest score on one criterion, as "2 - 4" (or "3" when all agree); "-" without scores. */
    public String range(int criterion) {
        List<Integer> scores = assessments.stream().map(a -> a.scoreOn(criterion)).filter(Objects::nonNull)
                .map(s -> s.score).toList();
        if (scores.isEmpty()) {
            return "-";
        }
        int min = scores.stream().min(Integer::compare).orElseThrow();
        int max = scores.stream().max(Integer::compare).orElseThrow();
        return min == max ? Integer.toString(min) : min + " - " + max;
    }
}
