package nl.ikcregie.zgw;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the outbox: right after each commit that wrote to it and every {@code IKC_ZGW_WORKER_EVERY}
 * besides. Each row is claimed first (a lease, so that of several instances on one database only one
 * works on it, and another takes over when this one dies), then sent step by step; a failure is
 * retried after 30 s, 1 min, 2 min, ... up to the maximum wait, and after the maximum number of
 * attempts the row waits for the beheerder.
 */
@ApplicationScoped
public class ZgwWorker {

    private static final int BATCH = 20;

    /** This instance, as it claims rows. */
    final String instance = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    ZgwSettings settings;

    @Inject
    Clock clock;

    @Inject
    ZaakRegistrar registrar;

    /**
     * Its own thread, without the context of the request that woke it: a managed executor would carry the
     * request's transaction and database session over to this thread.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zgw-outbox");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean again;

    @Scheduled(identity = "zgw-outbox", every = "${ikc.zgw.worker.every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Off.class)
    void scheduled() {
        drain();
    }

    /** Sends what is due soon, on another thread (called after a commit that wrote to the outbox). */
    public void wake() {
        try {
            executor.execute(this::drain);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the next start sends it
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Sends everything that is due now, then returns; one drain at a time on this instance. */
    public void drain() {
        // a drain asked for while another runs makes that one go round again (or this one, if it just ended)
        again = true;
        while (again && running.compareAndSet(false, true)) {
            try {
                do {
                    again = false;
                    while (sendDue() > 0) {
                        // more may have become due (the next row of an application just sent)
                    }
                } while (again);
            } catch (RuntimeException e) {
                // the database may be away; the next run tries again
                Log.warnf("The ZGW outbox could not be read: %s", e.getMessage());
            } finally {
                running.set(false);
            }
        }
    }

    /** One round: claims and sends up to a batch of due rows; answers how many it sent or tried. */
    int sendDue() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.dueIds(now, BATCH));
        int handled = 0;
        for (long id : due) {
            Instant until = clock.instant().plus(settings.config().worker().lease());
            boolean mine = QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.claim(id, instance, clock.instant(), until));
            if (mine) {
                send(id);
                handled++;
            }
        }
        return handled;
    }

    private void send(long id) {
        try {
            registrar.register(id, instance);
            QuarkusTransaction.requiringNew().run(() -> {
                ZgwOutbox row = ZgwOutbox.findById(id);
                row.state = RegistrationState.VERZONDEN;
                row.sentAt = clock.instant();
                row.lastAttemptAt = row.sentAt;
                row.attempts++;
                row.content = null;
                row.claimedBy = null;
                row.claimedUntil = null;
            });
            Log.debugf("ZGW registration %d sent", id);
        } catch (ZaakRegistrar.ClaimLost e) {
            Log.infof("ZGW registration %d was taken over by another instance", id);
        } catch (RuntimeException e) {
            Log.warnf("ZGW registration %d failed: %s", id, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> failed(id, e));
        }
    }

    private void failed(long id, RuntimeException e) {
        ZgwOutbox row = ZgwOutbox.findById(id);
        Instant now = clock.instant();
        row.attempts++;
        row.lastAttemptAt = now;
        row.lastError = ZgwMessages.cut(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), 4000);
        row.claimedBy = null;
        row.claimedUntil = null;
        ZgwConfig.Worker worker = settings.config().worker();
        if (row.attempts >= worker.maxAttempts()) {
            row.state = RegistrationState.MISLUKT;
            Log.errorf("ZGW registration %d gave up after %d attempts; the beheerder can try again at /beheer/zgw", id,
                    row.attempts);
        } else {
            row.nextAttemptAt = now.plus(backoff(row.attempts, worker.initialBackoff(), worker.maxBackoff()));
        }
    }

    /** The wait after the n-th failed attempt: the initial wait, doubled after each further one, at most the maximum. */
    static Duration backoff(int failedAttempts, Duration initial, Duration max) {
        Duration wait = initial;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "ikc-regie";
        }
    }

    /** Skips the scheduled run while the registration is off. */
    @ApplicationScoped
    public static class Off implements Scheduled.SkipPredicate {

        @Inject
        ZgwSettings settings;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !settings.enabled();
        }
    }
}
