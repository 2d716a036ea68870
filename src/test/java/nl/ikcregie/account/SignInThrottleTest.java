package nl.ikcregie.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    final SignInThrottle throttle = new SignInThrottle(5, Duration.ofHours(1), Duration.ofMinutes(1));

    @Test
    void fourFailuresDoNotLockTheFifthLocksForTheBaseTime() {
        SignInThrottle.State state = SignInThrottle.State.NONE;
        for (int i = 1; i <= 4; i++) {
            state = throttle.afterFailure(state, T0.plusSeconds(i));
            assertFalse(SignInThrottle.isLocked(state, T0.plusSeconds(i)));
            assertNull(state.lockedUntil());
        }
        state = throttle.afterFailure(state, T0.plusSeconds(5));
        assertEquals(5, state.failures());
        assertEquals(T0.plusSeconds(5).plus(Duration.ofMinutes(1)), state.lockedUntil());
        assertTrue(SignInThrottle.isLocked(state, T0.plusSeconds(64)));
        assertFalse(SignInThrottle.isLocked(state, T0.plusSeconds(65)));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToADay() {
        SignInThrottle.State state = SignInThrottle.State.NONE;
        for (int i = 0; i < 5; i++) {
            state = throttle.afterFailure(state, T0);
        }
        state = throttle.afterFailure(state, T0.plusSeconds(70));
        assertEquals(T0.plusSeconds(70).plus(Duration.ofMinutes(2)), state.lockedUntil());
        state = throttle.afterFailure(state, T0.plusSeconds(200));
        assertEquals(T0.plusSeconds(200).plus(Duration.ofMinutes(4)), state.lockedUntil());
        assertEquals(Duration.ofDays(1), throttle.lockFor(40));
        assertEquals(Duration.ofDays(1), throttle.lockFor(11));
        assertEquals(Duration.ofMinutes(1024), throttle.lockFor(10));
    }

    @Test
    void aQuietHourStartsAFreshSeries() {
        SignInThrottle.State state = SignInThrottle.State.NONE;
        for (int i = 0; i < 4; i++) {
            state = throttle.afterFailure(state, T0);
        }
        assertFalse(throttle.isForgotten(state, T0.plus(Duration.ofMinutes(59))));
        assertTrue(throttle.isForgotten(state, T0.plus(Duration.ofHours(1))));
        state = throttle.afterFailure(state, T0.plus(Duration.ofHours(1)));
        assertEquals(1, state.failures());
        assertNull(state.lockedUntil());
    }

    @Test
    void aLockedKeyIsNotForgottenWhileLocked() {
        SignInThrottle.State locked = new SignInThrottle.State(30, T0, T0.plus(Duration.ofHours(5)));
        assertFalse(throttle.isForgotten(locked, T0.plus(Duration.ofHours(2))));
        assertTrue(throttle.isForgotten(locked, T0.plus(Duration.ofHours(5))));
    }
}
