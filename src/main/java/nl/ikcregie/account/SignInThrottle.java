package nl.ikcregie.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Brute-force protection for one key (an account name or an address): failures are counted until a
 * quiet period without failures; from {@code maxFailures} on, each further failure locks the key for a
 * growing time (the base lock, doubled with each failure, at most a day). A success on an account
 * forgets its failures; an address is forgotten only after its quiet period, so signing in with one's
 * own account does not reset the counter of an address that is guessing others.
 */
public record SignInThrottle(int maxFailures, Duration quietPeriod, Duration baseLock) {

    static final Duration LONGEST_LOCK = Duration.ofDays(1);

    /** What is known of a key: failures in the current series, the last failure, and the lock. */
    public record State(int failures, Instant lastFailureAt, Instant lockedUntil) {

        public static final State NONE = new State(0, null, null);
    }

    public SignInThrottle {
        if (maxFailures < 1 || quietPeriod.isNegative() || quietPeriod.isZero() || baseLock.isNegative()) {
            throw new IllegalArgumentException("a throttle needs at least one failure, a quiet period and a lock");
        }
    }

    /** Whether a sign-in with this key is refused at {@code now}, whatever the password. */
    public static boolean isLocked(State state, Instant now) {
        return state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    /** The state after one more failure at {@code now}. */
    public State afterFailure(State state, Instant now) {
        boolean fresh = state == null || state.lastFailureAt() == null
                || !now.isBefore(state.lastFailureAt().plus(quietPeriod));
        int failures = fresh ? 1 : state.failures() + 1;
        Instant lockedUntil = fresh ? null : state.lockedUntil();
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockFor(failures - maxFailures));
        }
        return new State(failures, now, lockedUntil);
    }

    /** The lock after the n-th failure beyond the limit (0 = the failure that reached it). */
    Duration lockFor(int beyondLimit) {
        Duration lock = baseLock;
        for (int i = 0; i < beyondLimit && lock.compareTo(LONGEST_LOCK) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** Whether the key can be forgotten at {@code now}: quiet long enough and not locked. */
    public boolean isForgotten(State state, Instant now) {
        return state == null || state.lastFailureAt() == null
                || (!isLocked(state, now) && !now.isBefore(state.lastFailureAt().plus(quietPeriod)));
    }
}
