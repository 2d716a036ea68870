package nl.ikcregie.shared.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The penalty for not deciding in time (dwangsom bij niet tijdig beslissen, Awb 4:17-4:18). After the
 * decision term has passed, the applicant may send a written notice of default (ingebrekestelling);
 * from two weeks after its receipt the body owes EUR 23 a day for the first 14 days, EUR 35 for the
 * next 14 and EUR 45 after that, for at most 42 days (EUR 1,442 in all), up to the day before the
 * decision is made known. The body sets the amount by decision within two weeks after the last day
 * (4:18). A notice received before the term has passed is premature and starts nothing.
 */
public final class LateDecisionPenalty {

    public static final int MAXIMUM_DAYS = 42;
    private static final int GRACE_DAYS = 14;
    private static final BigDecimal FIRST = new BigDecimal("23.00");
    private static final BigDecimal SECOND = new BigDecimal("35.00");
    private static final BigDecimal THIRD = new BigDecimal("45.00");

    /** How the notice stands. */
    public enum State {
        /** received on or before the last day of the decision term: no penalty runs */
        PREMATURE,
        /** the two weeks after the notice have not passed yet (or the decision came within them) */
        NOT_YET_OWED,
        /** the penalty runs and has not reached its maximum */
        RUNNING,
        /** no more penalty accrues: decided, or 42 days reached */
        ENDED
    }

    /**
     * @param state how the notice stands
     * @param firstDay the first day over which the penalty is owed (null when premature)
     * @param lastDay the last day counted so far (null while nothing is owed)
     * @param days the number of days owed so far (0-42)
     * @param amount what is owed so far
     * @param setBy the date by which the body sets the penalty by decision (4:18), once no more accrues
     */
    public record Result(State state, LocalDate firstDay, LocalDate lastDay, int days, BigDecimal amount,
            LocalDate setBy) {
    }

    private LateDecisionPenalty() {
    }

    /**
     * @param termLastDay the last day of the decision term (extensions and suspensions included)
     * @param noticeReceivedOn the day the notice of default was received
     * @param decisionKnownOn the day the decision was made known to the applicant, or null
     * @param today the day of the computation: days up to and including it count while undecided
     * @param act the Algemene termijnenwet, for the two weeks of 4:18
     */
    public static Result owed(LocalDate termLastDay, LocalDate noticeReceivedOn, LocalDate decisionKnownOn,
            LocalDate today, GeneralTermsAct act) {
        if (!noticeReceivedOn.isAfter(termLastDay)) {
            return new Result(State.PREMATURE, null, null, 0, BigDecimal.ZERO.setScale(2), null);
        }
        LocalDate firstDay = noticeReceivedOn.plusDays(GRACE_DAYS);
        LocalDate maximumLastDay = firstDay.plusDays(MAXIMUM_DAYS - 1L);
        LocalDate lastDay = decisionKnownOn != null ? decisionKnownOn.minusDays(1) : today;
        boolean ended = decisionKnownOn != null;
        if (!lastDay.isBefore(maximumLastDay)) {
            lastDay = maximumLastDay;
            ended = true;
        }
        if (lastDay.isBefore(firstDay)) {
            return new Result(State.NOT_YET_OWED, firstDay, null, 0, BigDecimal.ZERO.setScale(2), null);
        }
        int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        LocalDate setBy = ended ? act.lastDay(lastDay.plusDays(1), lastDay.plusWeeks(2)) : null;
        return new Result(ended ? State.ENDED : State.RUNNING, firstDay, lastDay, days, amount(days), setBy);
    }

    /** The amount for a number of penalty days (at most 42 count). */
    public static BigDecimal amount(int days) {
        int counted = Math.max(0, Math.min(days, MAXIMUM_DAYS));
        int first = Math.min(counted, 14);
        int second = Math.min(Math.max(counted - 14, 0), 14);
        int third = Math.max(counted - 28, 0);
        return FIRST.multiply(BigDecimal.valueOf(first))
                .add(SECOND.multiply(BigDecimal.valueOf(second)))
                .add(THIRD.multiply(BigDecimal.valueOf(third)));
    }
}
