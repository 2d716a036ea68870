package nl.ikcregie.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecentAttentionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    final AtomicInteger computed = new AtomicInteger();

    final Supplier<List<Deadline>> compute = () -> {
        computed.incrementAndGet();
        return List.of();
    };

    @Test
    void aListIsKeptForAMinuteOnTheSameDayOnly() {
        RecentAttention recent = new RecentAttention(Duration.ofMinutes(1));
        recent.get(TODAY, NOW, compute);
        recent.get(TODAY, NOW.plusSeconds(59), compute);
        assertEquals(1, computed.get(), "kept within the minute");
        recent.get(TODAY, NOW.plusSeconds(60), compute);
        assertEquals(2, computed.get(), "computed again after the minute");
        recent.get(TODAY.plusDays(1), NOW.plusSeconds(61), compute);
        assertEquals(3, computed.get(), "computed again on a new day");
        recent.get(TODAY.plusDays(1), NOW.minusSeconds(1), compute);
        assertEquals(4, computed.get(), "a clock that went back computes again");
        recent.forget();
        recent.get(TODAY.plusDays(1), NOW.minusSeconds(1), compute);
        assertEquals(5, computed.get(), "forgotten after a change");
    }

    @Test
    void zeroKeepsNothing() {
        RecentAttention recent = new RecentAttention(Duration.ZERO);
        recent.get(TODAY, NOW, compute);
        recent.get(TODAY, NOW, compute);
        assertEquals(2, computed.get());
    }

    @Test
    void requestsArrivingTogetherWaitForOneComputation() throws Exception {
        RecentAttention recent = new RecentAttention(Duration.ofMinutes(1));
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Supplier<List<Deadline>> slow = () -> {
            computed.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var first = pool.submit(() -> recent.get(TODAY, NOW, slow));
            started.await();
            List<java.util.concurrent.Future<List<Deadline>>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> recent.get(TODAY, NOW.plusSeconds(1), slow)));
            }
            release.countDown();
            first.get();
            for (var other : others) {
                other.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, computed.get(), "one computation for eight requests");
    }
}
