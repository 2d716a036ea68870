package nl.ikcregie.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The date by which the college must decide: receipt plus the term (Awb 4:13, eight weeks unless
 * the rules say otherwise), shifted by every suspension for a request to complete (Awb 4:15): the
 * term is suspended from the day after the request until the day of completion, or until the day
 * the term for completing passed unused, whichever comes first.
 */
public final class DecisionTerm {

    /** One suspension; {@code completedOn} is null while the applicant has not completed yet. */
    public record Suspension(LocalDate requestedOn, LocalDate dueOn, LocalDate completedOn) {
    }

    private DecisionTerm() {
    }

    /** The deadline; an ongoing suspension counts up to {@code today}, so the date still moves while it lasts. */
    public static LocalDate deadline(LocalDate receivedOn, int termWeeks, List<Suspension> suspensions, LocalDate today) {
        LocalDate deadline = receivedOn.plusWeeks(termWeeks);
        for (Suspension s : suspensions) {
            LocalDate end = s.completedOn() != null ? s.completedOn() : today;
            LocalDate termPassed = s.dueOn().plusDays(1);
            if (end.isAfter(termPassed)) {
                end = termPassed;
            }
            // the days strictly between the request and the end are suspended
            long days = ChronoUnit.DAYS.between(s.requestedOn(), end) - 1;
            if (days > 0) {
                deadline = deadline.plusDays(days);
            }
        }
        return deadline;
    }
}
