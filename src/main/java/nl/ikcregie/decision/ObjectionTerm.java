package nl.ikcregie.decision;

import java.time.LocalDate;

/**
 * The terms of an objection (bezwaar). The objection term is six weeks, starting the day after the
 * decision was sent (Awb 6:7, 6:8). The college decides within six weeks, or twelve when an
 * advisory committee hears the objection, counted from the day after the objection term ended
 * (Awb 7:10 lid 1), and may extend that once by at most six weeks (Awb 7:10 lid 3).
 */
public final class ObjectionTerm {

    public static final int OBJECTION_WEEKS = 6;
    public static final int MAXIMUM_EXTENSION_WEEKS = 6;

    private ObjectionTerm() {
    }

    /** The last day an objection can be received in time. */
    public static LocalDate objectionPeriodEnd(LocalDate sentOn) {
        return sentOn.plusWeeks(OBJECTION_WEEKS);
    }

    /** Received within the term (a late objection is normally declared niet-ontvankelijk, Awb 6:11). */
    public static boolean inTime(LocalDate sentOn, LocalDate receivedOn) {
        return !receivedOn.isAfter(objectionPeriodEnd(sentOn));
    }

    /** The date by which the college decides on the objection. */
    public static LocalDate decisionDeadline(LocalDate sentOn, LocalDate receivedOn, boolean advisoryCommittee,
            int extensionWeeks) {
        if (extensionWeeks < 0 || extensionWeeks > MAXIMUM_EXTENSION_WEEKS) {
            throw new IllegalArgumentException("extension " + extensionWeeks);
        }
        LocalDate periodEnd = objectionPeriodEnd(sentOn);
        // a late objection is decided counting from its receipt
        LocalDate start = receivedOn.isAfter(periodEnd) ? receivedOn : periodEnd;
        return start.plusWeeks(advisoryCommittee ? 12 : 6).plusWeeks(extensionWeeks);
    }
}
