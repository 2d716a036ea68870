package nl.ikcregie.account;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.ikcregie.shared.AuditLog;

/**
 * Refused sign-ins (a locked name or address) go into the audit trail through one writer that takes
 * them in batches, after the answer went out: a flood from a locked address costs one database
 * connection in all instead of one per attempt, and the pool stays free for everyone else. Each event
 * keeps the moment of its attempt. Nothing is dropped: when the queue is full the request records its
 * refusal itself; on shutdown the writer finishes the queue while the database is still open, and what
 * cannot be written even then is logged in full (ERROR). Only a process killed outright (kill -9) loses
 * the queued refusals of its last moments; each is in the log already (WARN).
 */
@ApplicationScoped
public class RefusedSignIns {

    static final int CAPACITY = 10_000;
    static final int BATCH = 500;
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    /** One refused attempt, as the audit trail will show it. */
    record Refusal(Instant at, String actor, long entityId, String details) {
    }

    @Inject
    AuditLog audit;

    private final BlockingQueue<Refusal> queue = new ArrayBlockingQueue<>(CAPACITY);
    /** Refusals handed in, and those written (or, failing that, logged). */
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private volatile boolean closed;
    private Thread writer;

    @PostConstruct
    void start() {
        writer = new Thread(this::writeQueued, "sign-in-refusals");
        writer.setDaemon(true);
        writer.start();
    }

    /** Records {@code refusal}: queued for the writer, or written at once when the queue is full or closed. */
    void record(Refusal refusal) {
        accepted.incrementAndGet();
        boolean queued;
        synchronized (this) {
            queued = !closed && queue.offer(refusal);
        }
        if (!queued) {
            try {
                write(List.of(refusal));
            } catch (RuntimeException e) {
                lost(List.of(refusal), e);
                throw e;
            }
        }
    }

    /** Waits until every refusal handed in before this call is written; false when {@code limit} passed first. */
    public boolean awaitRecorded(Duration limit) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + limit.toNanos();
        while (settled.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private void writeQueued() {
        List<Refusal> batch = new ArrayList<>(BATCH);
        while (true) {
            Refusal first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (closed) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, BATCH - 1);
            writePatiently(batch);
            batch.clear();
        }
    }

    /** Writes a batch, trying again with growing pauses while the database is away; gives up only when closing. */
    private void writePatiently(List<Refusal> batch) {
        long pause = 100;
        while (true) {
            try {
                write(batch);
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    lost(batch, e);
                    return;
                }
                Log.warnf("Could not record %d refused sign-ins yet (%s); trying again", batch.size(), e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    lost(batch, e);
                    return;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE.toMillis());
            }
        }
    }

    private void write(List<Refusal> batch) {
        QuarkusTransaction.requiringNew().run(() -> batch.forEach(r -> audit.recordAsOf(r.at(), r.actor(),
                AccountService.AUDIT_TYPE, r.entityId(), SignInGuard.AUDIT_REFUSED, null, null,
                SignInGuard.REFUSED_REASON, r.details())));
        settled.addAndGet(batch.size());
    }

    private void lost(List<Refusal> batch, RuntimeException e) {
        for (Refusal r : batch) {
            Log.errorf("Refused sign-in NOT recorded in the audit trail (%s): at %s by %s (account %d): %s", e.getMessage(),
                    r.at(), r.actor(), r.entityId(), r.details());
        }
        settled.addAndGet(batch.size());
    }

    /** On shutdown, while the database is still open: no more queueing, and the writer finishes what is queued. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        synchronized (this) {
            closed = true;
        }
        writer.join(Duration.ofSeconds(30).toMillis());
        List<Refusal> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            try {
                write(rest);
            } catch (RuntimeException e) {
                lost(rest, e);
            }
        }
    }
}
