package nl.ikcregie.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits for a condition instead of sleeping a fixed time: asks again every quarter second until it
 * holds or a generous limit passes, then fails naming what was awaited and what was seen last.
 */
final class Poll {

    private static final long INTERVAL_MILLIS = 250;

    private Poll() {
    }

    /**
     * Asks {@code condition} until it answers true. An exception from it counts as "not yet" (and is
     * named if time runs out); an {@link AssertionError} ends the wait at once.
     */
    static void until(String what, Duration limit, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        Exception lastFailure = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
                lastFailure = null;
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                AssertionError failure = new AssertionError("Gave up after " + limit.toSeconds() + " s waiting until "
                        + what + (lastFailure == null ? "" : "; the last attempt failed with " + lastFailure));
                if (lastFailure != null) {
                    failure.initCause(lastFailure);
                }
                throw failure;
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting until " + what, e);
            }
        }
    }
}
