package fr.openmap.registration;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@Tag("persistence")
class RegistrationTest {

    long eventId;

    @BeforeEach
    void importExample() {
        eventId = TestEvents.importExample();
    }

    private static Map<String, Object> structure() {
        Map<String, Object> s = new HashMap<>();
        s.put("name", "Les Ateliers du Canal");
        s.put("legalForm", "SCIC");
        s.put("siret", "97796367728059");
        s.put("department", "93");
        s.put("sector", "traiteur");
        s.put("contactName", "Amina Diallo");
        s.put("email", "amina@ateliers.example.org");
        return s;
    }

    @Test
    void createReadUpdateDeleteAStructure() {
        String token = organizer().body(structure()).post("/api/events/" + eventId + "/structures").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/structures/S22"))
                .body("participant.ref", equalTo("S22")).body("participant.representatives", equalTo(1))
                .extract().jsonPath().getString("token.token");
        participant(token).get("/api/events/" + eventId + "/structures/S22").then().statusCode(200)
                .body("name", equalTo("Les Ateliers du Canal"));

        Map<String, Object> changed = structure();
        changed.put("representatives", 2);
        changed.put("pitch", Map.of("status", "SELECTED", "rank", 1));
        participant(token).body(changed).put("/api/events/" + eventId + "/structures/S22").then().statusCode(200)
                .body("representatives", equalTo(2))
                .body("pitch", equalTo(null)); // only the organizer sets the pitch status

        organizer().delete("/api/events/" + eventId + "/structures/S22").then().statusCode(204);
        organizer().get("/api/events/" + eventId + "/structures/S22").then().statusCode(404);
        participant(token).get("/api/events/" + eventId + "/structures/S22").then().statusCode(401);
    }

    @Test
    void aBadStructureNamesEveryField() {
        Map<String, Object> bad = structure();
        bad.put("siret", "12345678901234");
        bad.put("email", "amina");
        bad.put("legalForm", "SA");
        int before = organizer().get("/api/events/" + eventId + "/structures").jsonPath().getList("$").size();
        organizer().body(bad).post("/api/events/" + eventId + "/structures").then().statusCode(422)
                .body("problems.location", equalTo(List.of("legalForm", "siret", "email")));
        organizer().get("/api/events/" + eventId + "/structures").then().body("$", hasSize(before));
    }

    @Test
    void aBuyerNeedsAFreeTable() {
        Map<String, Object> buyer = new HashMap<>(Map.of("organization", "Ville de Montreuil", "contactName", "Zoé Roux",
                "email", "zoe.roux@montreuil.example.org", "table", "T10"));
        organizer().body(buyer).post("/api/events/" + eventId + "/buyers").then().statusCode(201)
                .body("participant.ref", equalTo("B10")).body("participant.table", equalTo("T10"));
        buyer.put("table", null);
        // the example has 10 tables and now 10 buyers
        organizer().body(buyer).post("/api/events/" + eventId + "/buyers").then().statusCode(409)
                .body("error", equalTo("all 10 tables already have a buyer: every buyer keeps one table"));
        organizer().get("/api/events/" + eventId + "/buyers").then().body("ref", hasItem("B10")).body("$", hasSize(10));
    }

    @Test
    void deletingABuyerRemovesTheirRequestsAndBookings() {
        organizer().body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00")).post("/api/events/" + eventId + "/bookings")
                .then().statusCode(201);
        organizer().delete("/api/events/" + eventId + "/buyers/B01").then().statusCode(204);
        organizer().get("/api/events/" + eventId + "/requests").then()
                .body("from", not(hasItem("B01"))).body("to", not(hasItem("B01")));
        organizer().get("/api/events/" + eventId + "/bookings").then().body("$", hasSize(0));
    }

    @Test
    void deletingParticipantsWithMeetingsInTheTimetableRemovesThoseMeetings() {
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        TestTimetables.Meeting one = meetings.get(0);
        long left = meetings.stream().filter(m -> !m.structure().equals(one.structure()) && !m.buyer().equals(one.buyer())).count();

        organizer().delete("/api/events/" + eventId + "/structures/" + one.structure()).then().statusCode(204);
        organizer().delete("/api/events/" + eventId + "/buyers/" + one.buyer()).then().statusCode(204);

        organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200)
                .body("meetings.structure", not(hasItem(one.structure())))
                .body("meetings.buyer", not(hasItem(one.buyer())))
                .body("meetings", hasSize((int) left));
    }
}
