package nl.ikcregie.shared;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the audit trail as long as the Archiefwet asks and no longer: each night the events older
 * than the retention ({@code IKC_AUDIT_RETENTION_YEARS}, default 10 years, the selection list's term
 * for subsidy files) are deleted. The database refuses to delete anything younger than seven years
 * (migration 0017), so a retention below that is refused at start-up.
 */
@ApplicationScoped
public class AuditRetention {

    /** The shortest retention the database allows (trigger audit_event_no_early_delete). */
    public static final int SHORTEST_YEARS = 7;
    static final int BATCH = 10_000;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ikc.audit.retention-years")
    int years;

    @Startup
    void checkRetention() {
        if (years < SHORTEST_YEARS) {
            throw new IllegalStateException("ikc.audit.retention-years is " + years + "; the audit trail is kept at least "
                    + SHORTEST_YEARS + " years (the database refuses to delete younger events)");
        }
    }

    @Scheduled(cron = "{ikc.audit.retention-cron}", timeZone = "Europe/Amsterdam", identity = "audit-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        long deleted = purge();
        if (deleted > 0) {
            Log.infof("Audit retention: %d events older than %d years deleted", deleted, years);
        }
    }

    /** The moment before which events are deleted. */
    public Instant cutOff() {
        return ZonedDateTime.now(clock).minusYears(years).toInstant();
    }

    /** Deletes the events past the retention, in batches; answers how many. */
    public long purge() {
        Instant cutOff = cutOff();
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> AuditEvent.getEntityManager()
                    .createNativeQuery("DELETE FROM audit_event WHERE occurred_at < ?1 LIMIT " + BATCH)
                    .setParameter(1, cutOff).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
