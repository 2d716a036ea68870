package nl.ikcregie.account;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Each night forgets what sign-in no longer needs: sessions that ended or expired a day ago and failure
 * counters that have been quiet for their period. Only the audit trail keeps the history of sign-ins.
 */
@ApplicationScoped
public class SessionHousekeeping {

    @Inject
    UserSessions sessions;

    @Inject
    SignInGuard guard;

    @Inject
    Clock clock;

    @Scheduled(cron = "{ikc.audit.retention-cron}", timeZone = "Europe/Amsterdam", identity = "session-housekeeping",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        long ended = QuarkusTransaction.requiringNew().call(() -> sessions.purge(clock.instant().minus(Duration.ofDays(1))));
        long counters = guard.purge();
        Log.infof("Sign-in housekeeping: %d old sessions and %d quiet failure counters forgotten", ended, counters);
    }
}
