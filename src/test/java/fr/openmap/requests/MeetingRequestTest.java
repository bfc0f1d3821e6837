package fr.openmap.requests;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@Tag("persistence")
class MeetingRequestTest {

    long eventId;
    Response imported;

    @BeforeEach
    void importExample() {
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
    }

    @Test
    void aStructureAsksABuyerWhoAccepts() {
        long id = participant(TestEvents.tokenOf(imported, "S08")).body(Map.of("from", "S08", "to", "B05", "priority", 2))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("priority", equalTo(2)).extract().jsonPath().getLong("id");
        participant(TestEvents.tokenOf(imported, "B05")).post("/api/events/" + eventId + "/requests/" + id + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("requests", hasItem(Map.of("from", "S08", "to", "B05", "priority", 2, "status", "ACCEPTED")));
    }

    @Test
    void theAskerWithdrawsARequest() {
        long id = organizer().body(Map.of("from", "B09", "to", "S20", "priority", 3))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        participant(TestEvents.tokenOf(imported, "S20")).post("/api/events/" + eventId + "/requests/" + id + "/withdraw")
                .then().statusCode(403);
        participant(TestEvents.tokenOf(imported, "B09")).post("/api/events/" + eventId + "/requests/" + id + "/withdraw")
                .then().statusCode(204);
        organizer().get("/api/events/" + eventId + "/requests").then().body("id", not(hasItem((int) id)));
    }

    @Test
    void badRequestsNameTheFieldAndChangeNothing() {
        int before = organizer().get("/api/events/" + eventId + "/requests").jsonPath().getList("$").size();
        organizer().body(Map.of("from", "B01", "to", "B02", "priority", 1)).post("/api/events/" + eventId + "/requests")
                .then().statusCode(422).body("problems[0].location", equalTo("to"))
                .body("problems[0].message", equalTo("a request must be between a buyer and a structure, not between two buyers"));
        organizer().body(Map.of("from", "B01", "to", "S01", "priority", 4)).post("/api/events/" + eventId + "/requests")
                .then().statusCode(422).body("problems[0].location", equalTo("priority"));
        organizer().body(Map.of("from", "B01", "to", "S99", "priority", 1)).post("/api/events/" + eventId + "/requests")
                .then().statusCode(404).body("error", equalTo("no buyer or structure 'S99' in event " + eventId));
        // S07 already asked B01 in the example
        organizer().body(Map.of("from", "S07", "to", "B01", "priority", 1)).post("/api/events/" + eventId + "/requests")
                .then().statusCode(409).body("error", equalTo("'S07' has already asked 'B01' for a meeting"));
        organizer().get("/api/events/" + eventId + "/requests").then().body("size()", equalTo(before));
    }
}
