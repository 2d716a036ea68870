package nl.ikcregie.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature that has deadlines of its own (the yearly reports, ...) offers them through this
 * interface, so that the deadline list and the reminders show them without this package
 * depending on that feature.
 */
public interface DeadlineSource {

    /** The running deadlines as of {@code today}; called without a caller (the reminder job). */
    List<Deadline> deadlines(LocalDate today);
}
