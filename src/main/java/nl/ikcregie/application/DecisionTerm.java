package nl.ikcregie.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The date by which the college must decide: receipt plus the term (Awb 4:13, eight weeks unless
 * the rules say otherwise), shifted by every suspension for a request to complete (Awb 4:15):
 * suspended from the day after the request up to and including the day of completion.
 */
public final class DecisionTerm {

    /** One suspension; {@code completedOn} is null while the applicant has not completed yet. */
    public record Suspension(LocalDate requestedOn, LocalDate completedOn) {
    }

    private DecisionTerm() {
    }

    /** The deadline; an ongoing suspension counts up to {@code today}, so the date still moves while it lasts. */
    public static LocalDate deadline(LocalDate receivedOn, int termWeeks, List<Suspension> suspensions, LocalDate today) {
        LocalDate deadline = receivedOn.plusWeeks(termWeeks);
        for (Suspension s : suspensions) {
            LocalDate end = s.completedOn() != null ? s.completedOn() : today;
            long days = ChronoUnit.DAYS.between(s.requestedOn(), end);
            if (days > 0) {
                deadline = deadline.plusDays(days);
            }
        }
        return deadline;
    }
}
