package nl.ikcregie.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FairLanesTest {

    @Test
    void aLaneWithABacklogWaitsItsTurnBehindALaneThatCameLater() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        try (FairLanes lanes = new FairLanes("test", 1)) {
            List<CompletableFuture<String>> all = new ArrayList<>();
            all.add(lanes.submit("flood", () -> {
                await(release);
                order.add("flood-0");
                return "flood-0";
            }));
            for (int i = 1; i <= 5; i++) {
                String name = "flood-" + i;
                all.add(lanes.submit("flood", () -> {
                    order.add(name);
                    return name;
                }));
            }
            all.add(lanes.submit("other", () -> {
                order.add("other");
                return "other";
            }));
            release.countDown();
            for (CompletableFuture<String> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        assertEquals(List.of("flood-0", "other", "flood-1", "flood-2", "flood-3", "flood-4", "flood-5"), order);
    }

    @Test
    void oneJobOfALaneAtATimeWhateverTheThreads() throws Exception {
        AtomicInteger inLane = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (FairLanes lanes = new FairLanes("test", 4)) {
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                all.add(lanes.submit("one-address", () -> {
                    most.accumulateAndGet(inLane.incrementAndGet(), Math::max);
                    Thread.yield();
                    return inLane.decrementAndGet();
                }));
            }
            for (CompletableFuture<Integer> f : all) {
                f.get(30, TimeUnit.SECONDS);
            }
        }
        assertEquals(1, most.get());
    }

    @Test
    void aFailingJobFailsItsOwnAnswerOnlyAndAClosedLaneTakesNoMore() throws Exception {
        FairLanes lanes = new FairLanes("test", 2);
        CompletableFuture<String> failing = lanes.submit("a", () -> {
            throw new IllegalStateException("bcrypt failed");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof IllegalStateException);
        assertEquals("fine", lanes.submit("a", () -> "fine").get(30, TimeUnit.SECONDS));
        lanes.close();
        assertThrows(ExecutionException.class, () -> lanes.submit("a", () -> "late").get(30, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
