package nl.ikcregie.decision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The list of deadlines needing attention, kept for a short while: computing it reads every running
 * term of a national programme (thousands of applications awaiting a decision), while it changes by
 * the day. A kept list is used on the same day only, and never when it is older than {@code keep}
 * (zero keeps nothing). Thread-safe: requests that find no usable list wait for one computation.
 */
final class RecentAttention {

    private record Kept(LocalDate day, Instant at, List<Deadline> deadlines) {
    }

    private final Duration keep;

    private volatile Kept kept;

    RecentAttention(Duration keep) {
        this.keep = keep;
    }

    List<Deadline> get(LocalDate today, Instant now, Supplier<List<Deadline>> compute) {
        Kept current = kept;
        if (usable(current, today, now)) {
            return current.deadlines();
        }
        if (keep.isZero()) {
            return List.copyOf(compute.get());
        }
        // many requests at the same moment (a busy morning) wait for one computation instead of each computing
        synchronized (this) {
            current = kept;
            if (usable(current, today, now)) {
                return current.deadlines();
            }
            List<Deadline> fresh = List.copyOf(compute.get());
            kept = new Kept(today, now, fresh);
            return fresh;
        }
    }

    private boolean usable(Kept current, LocalDate today, Instant now) {
        return current != null && current.day().equals(today) && !now.isBefore(current.at())
                && now.isBefore(current.at().plus(keep));
    }

    /** Forgets the kept list (after a change that this instance knows of). */
    void forget() {
        kept = null;
    }
}
