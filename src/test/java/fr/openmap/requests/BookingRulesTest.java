package fr.openmap.requests;

import fr.openmap.TestEvents;
import fr.openmap.event.Event;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A booking obeys every rule the timetable treats as hard: each refusal is a 409 whose sentence
 * names the rule (as {@link fr.openmap.timetable.solver.Rule} does), and changes nothing.
 * In the example, the networking session runs from 11:00 to 12:30 in slots of 10 minutes every 12.
 */
@QuarkusTest
@Tag("persistence")
class BookingRulesTest {

    long eventId;

    private void importExample(Consumer<Map<String, Object>> change) {
        Map<String, Object> file = TestEvents.example();
        change.accept(file);
        eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
    }

    private static Map<String, Object> withRef(Map<String, Object> file, String key, String ref) {
        return TestEvents.list(file, key).stream().filter(p -> ref.equals(p.get("ref"))).findFirst().orElseThrow();
    }

    private ValidatableResponse book(String buyer, String structure, String start) {
        return organizer().body(Map.of("buyer", buyer, "structure", structure, "start", start))
                .post("/api/events/" + eventId + "/bookings").then();
    }

    private void bookingsAre(int count) {
        organizer().get("/api/events/" + eventId + "/bookings").then().statusCode(200).body("$", hasSize(count));
    }

    @Test
    void aBuyerGetsNoMoreBookingsThanTheirMaxMeetings() {
        importExample(file -> withRef(file, "buyers", "B02").put("maxMeetings", 1));
        book("B02", "S09", "11:00").statusCode(201);
        book("B02", "S10", "11:12").statusCode(409).body("error",
                equalTo("buyer B02 already has 1 meeting, their maxMeetings is 1 (rule: buyerOverMaxMeetings)"));
        bookingsAre(1);
        book("B03", "S10", "11:12").statusCode(201);
    }

    @Test
    void aStructureGetsNoMoreBookingsThanItsMaxMeetings() {
        importExample(file -> withRef(file, "structures", "S12").put("maxMeetings", 2));
        book("B03", "S12", "11:00").statusCode(201);
        book("B04", "S12", "11:12").statusCode(201);
        book("B05", "S12", "11:24").statusCode(409).body("error",
                equalTo("structure S12 already has 2 meetings, its maxMeetings is 2 (rule: structureOverMaxMeetings)"));
        bookingsAre(2);
    }

    @Test
    void aStructureWithOneRepresentativeHoldsOneMeetingAtATime() {
        importExample(file -> { });
        book("B01", "S09", "11:00").statusCode(201);
        book("B02", "S09", "11:00").statusCode(409).body("error",
                equalTo("structure S09 has 1 representative and is already in a meeting at 11:00 (rule: structureOverbooked)"));
        bookingsAre(1);
        book("B02", "S09", "11:12").statusCode(201);
    }

    @Test
    void aStructureWithTwoRepresentativesHoldsTwoMeetingsAtOnceButNotThree() {
        importExample(file -> { });
        book("B01", "S21", "11:00").statusCode(201);
        // one representative is busy, the other is free
        book("B02", "S21", "11:00").statusCode(201);
        book("B03", "S21", "11:00").statusCode(409).body("error",
                equalTo("structure S21 has 2 representatives and already has 2 meetings at 11:00 (rule: structureOverbooked)"));
        bookingsAre(2);
    }

    @Test
    void aBuyerHoldsOneMeetingAtATime() {
        importExample(file -> { });
        book("B01", "S09", "11:00").statusCode(201);
        book("B01", "S10", "11:00").statusCode(409).body("error",
                equalTo("buyer B01 is already in a meeting at 11:00 (rule: buyerDoubleBooked)"));
        bookingsAre(1);
    }

    @Test
    void nobodyMeetsDuringTheirUnavailableWindows() {
        importExample(file -> withRef(file, "structures", "S11").put("unavailable",
                List.of(Map.of("start", "11:00", "end", "11:30"))));
        // B05 is unavailable from 12:00 to 12:30
        book("B05", "S07", "12:00").statusCode(409).body("error",
                equalTo("buyer B05 is not available at 12:00 (rule: buyerUnavailable)"));
        book("B01", "S11", "11:24").statusCode(409).body("error",
                equalTo("structure S11 is not available at 11:24 (rule: structureUnavailable)"));
        bookingsAre(0);
        book("B05", "S07", "11:48").statusCode(201);
        book("B01", "S11", "11:36").statusCode(201);
    }

    @Test
    void aStructureSelectedToPitchDoesNotMeetWhileThePitchesRun() {
        // the pitches move into the networking session: 11:00 to 11:20
        importExample(file -> TestEvents.list(TestEvents.event(file), "programme").stream()
                .filter(item -> "PITCHES".equals(item.get("kind"))).findFirst().orElseThrow()
                .putAll(Map.of("start", "11:00", "end", "11:20")));
        // S01 is SELECTED, S07 only WAITLISTED
        book("B02", "S01", "11:12").statusCode(409).body("error", equalTo(
                "structure S01 is selected to pitch and pitches during the slot at 11:12 (rule: structureUnavailable)"));
        bookingsAre(0);
        book("B02", "S07", "11:12").statusCode(201);
        book("B03", "S01", "11:24").statusCode(201);
    }

    @Test
    void aBuyerWithoutATableDoesNotMeet() {
        importExample(file -> { });
        // fewer tables than buyers, as after an organizer's change: B09, last by ref, gets none
        QuarkusTransaction.requiringNew().run(() -> Event.<Event>findById(eventId).tables = 8);
        book("B09", "S09", "11:00").statusCode(409).body("error",
                equalTo("buyer B09 has no table: every table is given to another buyer (rule: buyerWithoutTable)"));
        bookingsAre(0);
        book("B08", "S09", "11:00").statusCode(201);
    }

    @Test
    void aBookingTakesASlotOfANetworkingSession() {
        importExample(file -> { });
        book("B01", "S07", "11:05").statusCode(409).body("error",
                equalTo("no meeting slot starts at 2018-05-17 11:05: meetings take the slots of the networking sessions"));
        // 10:15 starts the pitches, not a networking slot
        book("B01", "S07", "10:15").statusCode(409);
        bookingsAre(0);
    }

    @Test
    void aDeclinedPairIsNotBooked() {
        importExample(file -> { });
        // S01 declined B01's request in the example
        book("B01", "S01", "11:00").statusCode(409).body("error",
                equalTo("B01 and S01 have a declined request: they cannot be booked together"));
        bookingsAre(0);
    }

    @Test
    void aPairIsBookedOnce() {
        importExample(file -> { });
        book("B01", "S07", "11:00").statusCode(201);
        book("B01", "S07", "11:12").statusCode(409).body("error",
                equalTo("B01 and S07 already have a booked meeting: a pair meets once"));
        bookingsAre(1);
    }
}
