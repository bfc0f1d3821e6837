package fr.openmap.event;

import fr.openmap.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event lock makes a second transaction wait until the first one ends, on H2 and on PostgreSQL. */
@QuarkusTest
@Tag("persistence")
class EventLockTest {

    @Inject
    EventService events;

    @Test
    void aSecondLockWaitsForTheFirstTransactionToEnd() throws Exception {
        long eventId = TestEvents.importExample();
        CountDownLatch locked = new CountDownLatch(1);
        long hold = 1500;
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            events.lock(eventId);
            locked.countDown();
            sleep(hold);
        }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> events.lock(eventId));
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
        first.get(10, TimeUnit.SECONDS);
        assertTrue(waited >= hold - 300, "the second lock waited only " + waited + " ms");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
