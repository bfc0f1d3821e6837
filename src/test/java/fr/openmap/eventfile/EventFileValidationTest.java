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

import static fr.openmap.TestEvents.list;
import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One test per family of bad input: each is refused whole, names where and what, and stores nothing. */
@QuarkusTest
@Tag("persistence")
class EventFileValidationTest {

    /** Posts the file, expects 422, checks nothing was stored, and returns the answer to assert on. */
    private ValidatableResponse refused(Map<String, Object> file) {
        long before = TestEvents.eventCount();
        ValidatableResponse response = organizer().body(file).post("/api/events/import").then().statusCode(422);
        assertEquals(before, TestEvents.eventCount(), "nothing is stored from a refused file");
        return response;
    }

    private static Map<String, Object> problem(String location, String message) {
        return Map.of("location", location, "message", message);
    }

    @Test
    void wrongFormat() {
        Map<String, Object> file = TestEvents.example();
        file.put("format", "openmap-event/2");
        refused(file).body("problems", hasItem(problem("$.format",
                "unsupported format 'openmap-event/2': expected \"openmap-event/1\"")));
    }

    @Test
    void unknownAndDuplicateRefs() {
        Map<String, Object> file = TestEvents.example();
        list(file, "structures").get(1).put("ref", "S01");
        list(file, "requests").get(0).put("to", "B99");
        refused(file)
                .body("problems", hasItem(problem("$.structures[1].ref", "duplicate ref 'S01': refs must be unique within the file")))
                .body("problems", hasItem(problem("$.requests[0].to", "unknown ref 'B99': no buyer or structure has it")));
    }

    @Test
    void siretFailingTheLuhnCheck() {
        Map<String, Object> file = TestEvents.example();
        list(file, "structures").get(0).put("siret", "97796367728058");
        list(file, "structures").get(2).put("siret", "1234");
        refused(file)
                .body("problems", hasItem(problem("$.structures[0].siret",
                        "SIRET '97796367728058' fails the Luhn check (a digit is probably mistyped)")))
                .body("problems", hasItem(problem("$.structures[2].siret",
                        "'1234' is not a SIRET: it must have exactly 14 digits")));
    }

    @Test
    void endBeforeStart() {
        Map<String, Object> file = TestEvents.example();
        list(TestEvents.event(file), "programme").get(0).put("end", "08:00");
        Map<String, Object> window = new HashMap<>(Map.of("start", "12:00", "end", "11:00"));
        list(file, "buyers").get(0).put("unavailable", List.of(window));
        refused(file)
                .body("problems", hasItem(problem("$.event.programme[0].end", "ends at 08:00, which is not after its start 08:30")))
                .body("problems", hasItem(problem("$.buyers[0].unavailable[0].end", "ends at 11:00, which is not after its start 12:00")));
    }

    @Test
    void unknownEnumValues() {
        Map<String, Object> file = TestEvents.example();
        list(file, "structures").get(0).put("legalForm", "SARL");
        list(file, "requests").get(0).put("status", "MAYBE");
        list(TestEvents.event(file), "programme").get(1).put("kind", "LUNCH");
        refused(file)
                .body("problems.find { it.location == '$.structures[0].legalForm' }.message",
                        containsString("unknown value 'SARL': expected one of [EI, ETTI"))
                .body("problems.find { it.location == '$.requests[0].status' }.message",
                        equalTo("unknown value 'MAYBE': expected one of [PENDING, ACCEPTED, DECLINED]"))
                .body("problems.find { it.location == '$.event.programme[1].kind' }.message",
                        containsString("unknown value 'LUNCH'"));
    }

    @Test
    void malformedEmails() {
        Map<String, Object> file = TestEvents.example();
        list(file, "buyers").get(3).put("email", "marc.durand-at-example.org");
        refused(file).body("problems", hasItem(problem("$.buyers[3].email",
                "'marc.durand-at-example.org' is not a valid email address")));
    }

    @Test
    void moreBuyersThanTables() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("tables", 8);
        refused(file).body("problems", hasItem(problem("$.buyers",
                "there are 9 buyers but only 8 tables: every buyer keeps one table for the whole event")));
    }

    @Test
    void requestsBetweenTwoBuyersOrDuplicated() {
        Map<String, Object> file = TestEvents.example();
        List<Map<String, Object>> requests = list(file, "requests");
        requests.add(new HashMap<>(Map.of("from", "B01", "to", "B02", "priority", 1, "status", "PENDING")));
        requests.add(new HashMap<>(requests.get(0)));
        requests.get(1).put("priority", 5);
        refused(file)
                .body("problems", hasItem(problem("$.requests[" + (requests.size() - 2) + "]",
                        "a request must be between a buyer and a structure, not between two buyers ('B01' and 'B02')")))
                .body("problems", hasItem(problem("$.requests[" + (requests.size() - 1) + "]",
                        "duplicate request from 'S07' to 'B01'")))
                .body("problems", hasItem(problem("$.requests[1].priority", "must be between 1 and 3 (got 5)")));
    }

    @Test
    void bookingsOutsideSlotsOrDoubleBooked() {
        Map<String, Object> file = TestEvents.example();
        List<Map<String, Object>> bookings = new ArrayList<>();
        bookings.add(Map.of("buyer", "B01", "structure", "S01", "start", "11:05"));
        bookings.add(Map.of("buyer", "B01", "structure", "S02", "start", "11:00"));
        bookings.add(Map.of("buyer", "B01", "structure", "S03", "start", "11:00"));
        bookings.add(Map.of("buyer", "S04", "structure", "S05", "start", "11:12"));
        file.put("bookings", bookings);
        refused(file)
                .body("problems", hasItem(problem("$.bookings[0].start", "no meeting slot starts at 2018-05-17 11:05: meetings take the slots of the networking sessions")))
                .body("problems", hasItem(problem("$.bookings[2]", "buyer B01 is already in a meeting at 11:00 (rule: buyerDoubleBooked)")))
                .body("problems", hasItem(problem("$.bookings[3].buyer", "unknown buyer ref 'S04'")));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("slug", "Not A Slug");
        TestEvents.event(file).put("date", "17/05/2018");
        TestEvents.event(file).put("timezone", "Paris");
        list(file, "buyers").get(0).put("email", "nope");
        list(file, "structures").get(0).put("department", "999");
        list(file, "structures").get(1).put("representatives", 0);
        refused(file)
                .body("problems.location", equalTo(List.of("$.event.slug", "$.event.date", "$.event.timezone",
                        "$.buyers[0].email", "$.structures[0].department", "$.structures[1].representatives")))
                .body("error", equalTo("the input has 6 problem(s)"));
    }

    @Test
    void malformedJsonIs400WithWhere() {
        long before = TestEvents.eventCount();
        organizer().body("{\"format\": \"openmap-event/1\", \"event\": {\"tables\": \"ten\"}}")
                .post("/api/events/import").then().statusCode(400)
                .body("problems[0].location", equalTo("$.event.tables"));
        organizer().body("{not json").post("/api/events/import").then().statusCode(400)
                .body("error", equalTo("the document is not valid JSON of the expected shape"));
        assertEquals(before, TestEvents.eventCount());
    }
}
