package nl.ikcregie.designation;

import java.time.LocalDate;

/**
 * The clock of a Plus-IKC predicaat, as pure functions. A predicaat runs four years, never beyond
 * the end of Kansen voor Kinderen 2 (2021-2028, seed 003), and is reviewed every two years from
 * its start, together with the herijking of the aandachtsgebieden.
 */
public final class DesignationTerms {

    public static final LocalDate PROGRAMME_START = LocalDate.of(2021, 1, 1);
    public static final LocalDate PROGRAMME_END = LocalDate.of(2028, 12, 31);
    public static final int TERM_YEARS = 4;
    public static final int REVIEW_YEARS = 2;
    /** A review recorded this close before a two-year point counts as that point's herijking. */
    public static final int REVIEW_WINDOW_MONTHS = 6;
    /** From this many days before its date a herijking shows as coming up. */
    public static final int ATTENTION_DAYS = 90;

    private DesignationTerms() {
    }

    public static boolean withinProgramme(LocalDate day) {
        return !day.isBefore(PROGRAMME_START) && !day.isAfter(PROGRAMME_END);
    }

    /** The last day of a predicaat that starts on {@code validFrom}: four years, capped at the programme's end. */
    public static LocalDate validUntil(LocalDate validFrom) {
        LocalDate fourYears = validFrom.plusYears(TERM_YEARS).minusDays(1);
        return fourYears.isAfter(PROGRAMME_END) ? PROGRAMME_END : fourYears;
    }

    /** The first herijking: two years after the start; none when the predicaat has ended by then. */
    public static LocalDate firstReview(LocalDate validFrom, LocalDate validUntil) {
        LocalDate review = validFrom.plusYears(REVIEW_YEARS);
        return review.isAfter(validUntil) ? null : review;
    }

    /**
     * The herijking after one recorded on {@code reviewedOn}: the next two-year point from the start
     * that lies more than {@value #REVIEW_WINDOW_MONTHS} months after it (a review just before a
     * point counts as that point's); none when that is past the end of the predicaat.
     */
    public static LocalDate nextReview(LocalDate validFrom, LocalDate validUntil, LocalDate reviewedOn) {
        LocalDate threshold = reviewedOn.plusMonths(REVIEW_WINDOW_MONTHS);
        LocalDate point = validFrom.plusYears(REVIEW_YEARS);
        while (!point.isAfter(threshold)) {
            point = point.plusYears(REVIEW_YEARS);
        }
        return point.isAfter(validUntil) ? null : point;
    }

    /**
     * Whether a granted predicaat needs its herijking now: its date has come, someone (or a change of
     * its aandachtsgebied) flagged it, its area is no longer valid, or it has run out.
     */
    public static boolean reviewDue(LocalDate reviewOn, boolean flagged, boolean areaValidToday, LocalDate validUntil,
            LocalDate today) {
        return flagged || !areaValidToday || (reviewOn != null && !reviewOn.isAfter(today))
                || (validUntil != null && validUntil.isBefore(today));
    }

    /** Whether a herijking is close enough to show among the things that need attention. */
    public static boolean reviewComingUp(LocalDate reviewOn, LocalDate today) {
        return reviewOn != null && !reviewOn.isAfter(today.plusDays(ATTENTION_DAYS));
    }
}
