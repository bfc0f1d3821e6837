package fr.openmap.eventfile;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static fr.openmap.TestEvents.list;
import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A booking the API refuses (see {@code requests.BookingRulesTest}) is refused in an event file too, with the
 * same sentence naming the same rule: both ask {@code Occupancy}.
 */
@QuarkusTest
@Tag("persistence")
class FileBookingRulesTest {

    @Test
    void aBuyerInTwoMeetingsAtOnce() {
        refusedAlike(file -> { }, "buyer B01 is already in a meeting at 11:00 (rule: buyerDoubleBooked)",
                booking("B01", "S07", "11:00"), booking("B01", "S08", "11:00"));
    }

    @Test
    void aStructureWithMoreMeetingsAtOnceThanRepresentatives() {
        refusedAlike(file -> { },
                "structure S21 has 2 representatives and already has 2 meetings at 11:00 (rule: structureOverbooked)",
                booking("B01", "S21", "11:00"), booking("B02", "S21", "11:00"), booking("B03", "S21", "11:00"));
    }

    @Test
    void aBuyerBookedWhenUnavailable() {
        // B05 is unavailable from 12:00 to 12:30
        refusedAlike(file -> { }, "buyer B05 is not available at 12:00 (rule: buyerUnavailable)",
                booking("B05", "S07", "12:00"));
    }

    @Test
    void aStructureBookedWhenUnavailable() {
        refusedAlike(file -> participant(file, "structures", "S07")
                        .put("unavailable", List.of(Map.of("start", "11:00", "end", "11:10"))),
                "structure S07 is not available at 11:00 (rule: structureUnavailable)",
                booking("B01", "S07", "11:00"));
    }

    @Test
    void aBuyerOverTheirMaxMeetings() {
        refusedAlike(file -> participant(file, "buyers", "B01").put("maxMeetings", 1),
                "buyer B01 already has 1 meeting, their maxMeetings is 1 (rule: buyerOverMaxMeetings)",
                booking("B01", "S07", "11:00"), booking("B01", "S08", "11:12"));
    }

    @Test
    void aStructureOverItsMaxMeetings() {
        refusedAlike(file -> participant(file, "structures", "S07").put("maxMeetings", 1),
                "structure S07 already has 1 meeting, its maxMeetings is 1 (rule: structureOverMaxMeetings)",
                booking("B01", "S07", "11:00"), booking("B02", "S07", "11:12"));
    }

    /**
     * Books all but the last through the API, sees the last refused with {@code refusal}, then imports a file
     * with all of them and sees the last refused at its location with the same sentence.
     */
    @SafeVarargs
    private static void refusedAlike(Consumer<Map<String, Object>> change, String refusal,
                                     Map<String, Object>... bookings) {
        Map<String, Object> file = TestEvents.example();
        change.accept(file);
        long eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
        int last = bookings.length - 1;
        for (int i = 0; i < last; i++) {
            book(eventId, bookings[i]).statusCode(201);
        }
        book(eventId, bookings[last]).statusCode(409).body("error", equalTo(refusal));

        Map<String, Object> withBookings = TestEvents.example();
        change.accept(withBookings);
        withBookings.put("bookings", new ArrayList<>(List.of(bookings)));
        organizer().body(withBookings).post("/api/events/import").then().statusCode(422)
                .body("problems", hasItem(Map.of("location", "$.bookings[" + last + "]",
                        "message", refusal)));
    }

    private static ValidatableResponse book(long eventId, Map<String, Object> booking) {
        return organizer().body(booking).post("/api/events/" + eventId + "/bookings").then();
    }

    private static Map<String, Object> booking(String buyer, String structure, String start) {
        Map<String, Object> booking = new HashMap<>();
        booking.put("buyer", buyer);
        booking.put("structure", structure);
        booking.put("start", start);
        return booking;
    }

    private static Map<String, Object> participant(Map<String, Object> file, String kind, String ref) {
        return list(file, kind).stream().filter(p -> ref.equals(p.get("ref"))).findFirst().orElseThrow();
    }
}
