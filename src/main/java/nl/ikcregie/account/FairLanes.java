package nl.ikcregie.account;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs jobs on a fixed number of threads, at most one job of a lane at a time, the lanes with work
 * taking turns. A lane that submits a thousand jobs gets one thread and waits its turn like everyone
 * else; the other lanes are served in between. Jobs wait in memory, not on a thread.
 */
final class FairLanes implements AutoCloseable {

    private final Map<String, ArrayDeque<Runnable>> waiting = new HashMap<>();
    /** The lanes with a job waiting and none running, in the order of their turn. */
    private final ArrayDeque<String> turns = new ArrayDeque<>();
    private final Set<String> running = new HashSet<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed;

    FairLanes(String name, int threadCount) {
        if (threadCount < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        for (int i = 1; i <= threadCount; i++) {
            Thread thread = new Thread(this::work, name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Queues {@code job} in {@code lane}; the answer completes on one of the lanes' threads. */
    <T> CompletableFuture<T> submit(String lane, Supplier<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(job.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        synchronized (this) {
            if (closed) {
                result.completeExceptionally(new RejectedExecutionException("shutting down"));
                return result;
            }
            ArrayDeque<Runnable> queue = waiting.computeIfAbsent(lane, k -> new ArrayDeque<>());
            queue.add(task);
            if (queue.size() == 1 && !running.contains(lane)) {
                turns.add(lane);
                notify();
            }
        }
        return result;
    }

    /** Jobs waiting, over all lanes (for tests and diagnosis). */
    synchronized int waiting() {
        return waiting.values().stream().mapToInt(ArrayDeque::size).sum();
    }

    private void work() {
        while (true) {
            String lane;
            Runnable task;
            synchronized (this) {
                while (turns.isEmpty()) {
                    if (closed) {
                        return;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                lane = turns.poll();
                ArrayDeque<Runnable> queue = waiting.get(lane);
                task = queue.poll();
                if (queue.isEmpty()) {
                    waiting.remove(lane);
                }
                running.add(lane);
            }
            try {
                task.run();
            } finally {
                synchronized (this) {
                    running.remove(lane);
                    if (waiting.containsKey(lane)) {
                        // to the back: every other lane with work goes first
                        turns.add(lane);
                        notify();
                    }
                }
            }
        }
    }

    /** Takes no new jobs, finishes the waiting ones, and waits at most {@code limit} for that. */
    void close(Duration limit) {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
