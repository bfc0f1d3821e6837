package fr.openmap.eventfile;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The event file's self-registration additions: settings, organizer contact, offer and needs, approval — read, checked and written back. */
@QuarkusTest
@Tag("persistence")
class RegistrationSettingsFileTest {

    @Test
    void registrationSettingsOrganizerOfferNeedsAndApprovalExportAsImported() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("registration", Map.of("opensAt", "2018-04-01T09:00:00+02:00",
                "closesAt", "2018-05-15T18:00:00+02:00", "approval", true, "maxStructures", 25));
        TestEvents.event(file).put("organizer", Map.of("name", "Claire Martin", "email", "claire@gip.example.org"));
        TestEvents.list(file, "buyers").get(0).put("needs", "Nettoyage des locaux\net espaces verts");
        TestEvents.list(file, "structures").get(0).put("offer", "Traiteur solidaire");
        TestEvents.list(file, "structures").get(1).put("approval", "PENDING");
        TestEvents.list(file, "structures").get(2).putAll(Map.of("approval", "REFUSED", "refusalReason", "Hors périmètre"));
        long id = TestEvents.importEvent(file).jsonPath().getLong("id");

        JsonPath exported = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("opensAt", "2018-04-01T09:00:00+02:00", "closesAt", "2018-05-15T18:00:00+02:00",
                "approval", true, "maxStructures", 25), exported.getMap("event.registration"));
        assertEquals(Map.of("name", "Claire Martin", "email", "claire@gip.example.org"), exported.getMap("event.organizer"));
        assertEquals("Nettoyage des locaux\net espaces verts", exported.getString("buyers[0].needs"));
        assertEquals("Traiteur solidaire", exported.getString("structures[0].offer"));
        assertNull(exported.get("structures[0].approval"), "approved is the default, not written");
        assertEquals("PENDING", exported.getString("structures[1].approval"));
        assertEquals("REFUSED", exported.getString("structures[2].approval"));
        assertEquals("Hors périmètre", exported.getString("structures[2].refusalReason"));
    }

    @Test
    void anEventWithoutTheAdditionsExportsWithoutThem() {
        long id = TestEvents.importExample();
        JsonPath exported = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().jsonPath();
        assertNull(exported.get("event.registration"));
        assertNull(exported.get("event.organizer"));
        assertEquals(List.of(), exported.getList("structures.findAll { it.approval != null }"));
    }

    @Test
    void badRegistrationSettingsAreRefusedWithTheirLocations() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("registration", Map.of("opensAt", "2018-05-15T18:00", "closesAt", "2018-04-01T09:00",
                "maxStructures", -1));
        TestEvents.event(file).put("organizer", Map.of("email", "claire"));
        TestEvents.list(file, "structures").get(0).put("approval", "MAYBE");
        organizer().body(file).post("/api/events/import").then().statusCode(422)
                .body("problems.location", hasItems("$.event.registration.closesAt", "$.event.registration.maxStructures",
                        "$.event.organizer.email", "$.structures[0].approval"));
    }

    @Test
    void theLimitOfPendingRequestsExportsAsImportedAndTheApiAppliesIt() {
        Map<String, Object> file = TestEvents.example();
        file.put("requests", List.of());
        TestEvents.event(file).put("registration", Map.of("maxPendingRequests", 1));
        io.restassured.response.Response imported = TestEvents.importEvent(file);
        long id = imported.jsonPath().getLong("id");
        JsonPath exported = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("maxPendingRequests", 1), exported.getMap("event.registration"));

        String s01 = TestEvents.tokenOf(imported, "S01");
        TestEvents.participant(s01).body(Map.of("from", "S01", "to", "B01", "priority", 1, "message", "Bonjour"))
                .post("/api/events/" + id + "/requests").then().statusCode(201)
                .body("message", org.hamcrest.Matchers.equalTo("Bonjour"));
        TestEvents.participant(s01).body(Map.of("from", "S01", "to", "B02", "priority", 2))
                .post("/api/events/" + id + "/requests").then().statusCode(409)
                .body(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.containsString("1 requests awaiting an answer"),
                        org.hamcrest.Matchers.containsString("1 demandes en attente de réponse")));
        // the organizer is not held to it
        organizer().body(Map.of("from", "S01", "to", "B02", "priority", 2))
                .post("/api/events/" + id + "/requests").then().statusCode(201);
    }

    @Test
    void aLimitOfPendingRequestsBelowOneIsRefusedWithItsLocation() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("registration", Map.of("maxPendingRequests", 0));
        organizer().body(file).post("/api/events/import").then().statusCode(422)
                .body("problems.location", hasItems("$.event.registration.maxPendingRequests"));
    }

    @Test
    void buyersNotBookingThemselvesExportsAsImportedAndTheApiRefusesTheirBookingsWithASentence() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("registration", Map.of("buyerBooking", false));
        io.restassured.response.Response imported = TestEvents.importEvent(file);
        long id = imported.jsonPath().getLong("id");
        JsonPath exported = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("buyerBooking", false), exported.getMap("event.registration"));

        String b01 = TestEvents.tokenOf(imported, "B01");
        TestEvents.participant(b01).body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00"))
                .post("/api/events/" + id + "/bookings").then().statusCode(409)
                .body("error", org.hamcrest.Matchers.equalTo("the organizer does not let buyers book slots themselves for"
                        + " this event: the timetable places the meetings of accepted requests"));
        assertEquals(0, organizer().get("/api/events/" + id + "/bookings").jsonPath().getList("$").size());
        // the organizer still books; the buyer cannot cancel it either
        int booking = organizer().body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00"))
                .post("/api/events/" + id + "/bookings").then().statusCode(201).extract().jsonPath().getInt("id");
        TestEvents.participant(b01).delete("/api/events/" + id + "/bookings/" + booking).then().statusCode(409);
        assertEquals(1, organizer().get("/api/events/" + id + "/bookings").jsonPath().getList("$").size());
    }

    @Test
    void byDefaultBuyersBookThemselvesAndTheFileSaysNothing() {
        Map<String, Object> file = TestEvents.example();
        file.put("bookings", List.of());
        io.restassured.response.Response imported = TestEvents.importEvent(file);
        long id = imported.jsonPath().getLong("id");
        assertNull(organizer().get("/api/events/" + id + "/export").jsonPath().get("event.registration"));
        TestEvents.participant(TestEvents.tokenOf(imported, "B01"))
                .body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00"))
                .post("/api/events/" + id + "/bookings").then().statusCode(201);
    }
}
