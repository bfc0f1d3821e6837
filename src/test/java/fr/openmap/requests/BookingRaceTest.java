package fr.openmap.requests;

import fr.openmap.TestEvents;
import fr.openmap.event.EventService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bookings sent at the same moment, over real HTTP: exactly one wins what only one can have, the
 * others get a 409 with a sentence, never a 5xx, and the stored bookings never break a rule.
 */
@QuarkusTest
@Tag("persistence")
class BookingRaceTest {

    @Inject
    EventService events;

    static final int ROUNDS = 3;
    static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(50);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** The example with 50 structures of one representative (S22..S50 are copies of S09). */
    private static long importWithFiftyStructures() {
        Map<String, Object> file = TestEvents.example();
        List<Map<String, Object>> structures = TestEvents.list(file, "structures");
        Map<String, Object> model = structures.stream().filter(s -> "S09".equals(s.get("ref"))).findFirst().orElseThrow();
        for (int n = 22; n <= 50; n++) {
            Map<String, Object> copy = new HashMap<>(model);
            copy.put("ref", "S" + n);
            copy.put("name", model.get("name") + " " + n);
            copy.put("email", "contact" + n + "@structure" + n + ".example.org");
            structures.add(copy);
        }
        return TestEvents.importEvent(file).jsonPath().getLong("id");
    }

    /** Sends the bookings all at once (released by one latch) and counts the answers by status. */
    private static Map<Integer, Long> bookAtOnce(long eventId, int count, IntFunction<Map<String, String>> body)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> booking = body.apply(i);
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                var response = organizer().body(booking).post("/api/events/" + eventId + "/bookings");
                int status = response.statusCode();
                if (status == 409) {
                    String error = response.jsonPath().getString("error");
                    assertTrue(error != null && !error.isBlank() && !error.contains("Exception"), error);
                }
                return status;
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(120, TimeUnit.SECONDS));
        }
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    private static List<Map<String, Object>> bookings(long eventId) {
        return organizer().get("/api/events/" + eventId + "/bookings").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @Test
    void fiftyBookingsOfOneBuyerAtOneSlotGiveExactlyOne() throws Exception {
        long eventId = importWithFiftyStructures();
        String[] starts = {"11:00", "11:12", "11:24"};
        for (int round = 0; round < ROUNDS; round++) {
            String buyer = "B0" + (round + 1);
            String start = starts[round];
            Map<Integer, Long> statuses = bookAtOnce(eventId, 50, i -> Map.of(
                    "buyer", buyer, "structure", "S" + String.format("%02d", i + 1), "start", start));
            // S01 declined B01's request: that one is refused whatever the race
            assertEquals(Map.of(201, 1L, 409, 49L), statuses, "round " + round);
            long atSlot = bookings(eventId).stream()
                    .filter(b -> buyer.equals(b.get("buyer")) && start.equals(b.get("start"))).count();
            assertEquals(1, atSlot, "round " + round);
        }
        assertEquals(ROUNDS, bookings(eventId).size());
    }

    @Test
    void nineBuyersBookingOneStructureWithOneRepresentativeGiveExactlyOne() throws Exception {
        long eventId = TestEvents.importExample();
        String[] structures = {"S09", "S11", "S12"};
        String[] starts = {"11:00", "11:12", "11:24"};
        for (int round = 0; round < ROUNDS; round++) {
            String structure = structures[round];
            String start = starts[round];
            Map<Integer, Long> statuses = bookAtOnce(eventId, 9, i -> Map.of(
                    "buyer", "B0" + (i + 1), "structure", structure, "start", start));
            assertEquals(Map.of(201, 1L, 409, 8L), statuses, "round " + round);
            long atSlot = bookings(eventId).stream()
                    .filter(b -> structure.equals(b.get("structure")) && start.equals(b.get("start"))).count();
            assertEquals(1, atSlot, "round " + round);
        }
        assertEquals(ROUNDS, bookings(eventId).size());
    }

    @Test
    void fiftyBookingsOfTheSamePairGiveExactlyOne() throws Exception {
        long eventId = TestEvents.importExample();
        Map<Integer, Long> statuses = bookAtOnce(eventId, 50, i -> Map.of(
                "buyer", "B02", "structure", "S07", "start", i % 2 == 0 ? "11:00" : "11:12"));
        assertEquals(Map.of(201, 1L, 409, 49L), statuses);
        assertEquals(1, bookings(eventId).size());
    }

    @Test
    void aBookingWaitsWhileAnotherChangeHoldsTheEvent() throws Exception {
        long eventId = TestEvents.importExample();
        Future<Integer> booked;
        // longer than H2's default lock wait (2 s), which used to end in a 500
        try (var held = new HeldEvent(eventId)) {
            booked = pool.submit(() -> organizer().body(Map.of("buyer", "B01", "structure", "S09", "start", "11:00"))
                    .post("/api/events/" + eventId + "/bookings").statusCode());
            Thread.sleep(3000);
            assertFalse(booked.isDone(), "the booking waits for the event");
        }
        assertEquals(201, booked.get(30, TimeUnit.SECONDS));
    }

    /** Holds the event's lock, as sending agendas does, from another thread until closed. */
    private final class HeldEvent implements AutoCloseable {
        final CountDownLatch release = new CountDownLatch(1);
        final Future<?> holder;

        HeldEvent(long eventId) throws InterruptedException {
            CountDownLatch locked = new CountDownLatch(1);
            holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                events.lock(eventId);
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }
}
