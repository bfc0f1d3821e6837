package fr.openmap.requests;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@Tag("persistence")
class BookingTest {

    long eventId;

    @BeforeEach
    void importExample() {
        eventId = TestEvents.importExample();
    }

    private io.restassured.response.ValidatableResponse book(String buyer, String structure, String start) {
        return organizer().body(Map.of("buyer", buyer, "structure", structure, "start", start))
                .post("/api/events/" + eventId + "/bookings").then();
    }

    @Test
    void aBookingIsStoredAndExported() {
        book("B01", "S07", "11:12").statusCode(201).body("date", equalTo("2018-05-17")).body("start", equalTo("11:12"));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("bookings", equalTo(List.of(Map.of("buyer", "B01", "structure", "S07", "start", "11:12"))));
    }

    @Test
    void aSlotThatDoesNotExistIsAConflict() {
        book("B01", "S07", "11:05").statusCode(409).body("error", equalTo("no meeting slot starts at 2018-05-17 11:05: meetings take the slots of the networking sessions"));
        book("B01", "S07", "10:00").statusCode(409);
        organizer().get("/api/events/" + eventId + "/bookings").then().body("$", hasSize(0));
    }

    @Test
    void eitherSideBusyIsAConflict() {
        book("B01", "S07", "11:00").statusCode(201);
        book("B01", "S08", "11:00").statusCode(409).body("error", equalTo("buyer B01 is already in a meeting at 11:00 (rule: buyerDoubleBooked)"));
        book("B02", "S07", "11:00").statusCode(409).body("error",
                equalTo("structure S07 has 1 representative and is already in a meeting at 11:00 (rule: structureOverbooked)"));
        book("B01", "S07", "11:12").statusCode(409).body("error", equalTo("B01 and S07 already have a booked meeting: a pair meets once"));
        organizer().get("/api/events/" + eventId + "/bookings").then().body("$", hasSize(1));
    }

    @Test
    void aStructureWithTwoRepresentativesHoldsTwoMeetingsAtOnce() {
        book("B01", "S21", "11:00").statusCode(201);
        book("B02", "S21", "11:00").statusCode(201);
        book("B03", "S21", "11:00").statusCode(409).body("error",
                equalTo("structure S21 has 2 representatives and already has 2 meetings at 11:00 (rule: structureOverbooked)"));
    }

    @Test
    void anUnavailableParticipantIsBusy() {
        // B05 is unavailable from 12:00 to 12:30
        book("B05", "S07", "12:00").statusCode(409).body("error", equalTo("buyer B05 is not available at 12:00 (rule: buyerUnavailable)"));
        book("B05", "S07", "11:48").statusCode(201);
    }

    @Test
    void aCancelledBookingFreesTheSlot() {
        long id = book("B01", "S07", "11:00").statusCode(201).extract().jsonPath().getLong("id");
        organizer().delete("/api/events/" + eventId + "/bookings/" + id).then().statusCode(204);
        book("B01", "S08", "11:00").statusCode(201);
    }
}
