package fr.openmap.eventfile;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@Tag("persistence")
class EventImportExportTest {

    @Test
    void importAnswers201WithLocationIdAndOneTokenPerParticipant() {
        Map<String, Object> file = TestEvents.example();
        Response response = organizer().body(file).post("/api/events/import");
        response.then().statusCode(201)
                .header("Location", endsWith("/api/events/" + response.jsonPath().getLong("id")))
                .body("slug", equalTo(TestEvents.event(file).get("slug")));
        List<String> tokens = response.jsonPath().getList("tokens.token");
        assertEquals(30, tokens.size());
        assertEquals(30, tokens.stream().distinct().count());
        tokens.forEach(t -> assertEquals(43, t.length()));
    }

    @Test
    void exportGivesBackTheImportedFileAndReimportingItYieldsTheSameEvent() {
        Map<String, Object> file = TestEvents.example();
        long id = TestEvents.importEvent(file).jsonPath().getLong("id");

        Map<String, Object> exported = organizer().get("/api/events/" + id + "/export")
                .then().statusCode(200).extract().as(Map.class);
        assertEquals(file, exported, "the export is the imported document, field for field");

        TestEvents.event(exported).put("slug", TestEvents.event(file).get("slug") + "-copy");
        long copy = TestEvents.importEvent(exported).jsonPath().getLong("id");
        assertNotEquals(id, copy);
        Map<String, Object> reExported = organizer().get("/api/events/" + copy + "/export").then().extract().as(Map.class);
        assertEquals(exported, reExported);
    }

    @Test
    void sameSlugTwiceIsAConflictAndStoresNothing() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.importEvent(file);
        long before = TestEvents.eventCount();
        organizer().body(file).post("/api/events/import").then().statusCode(409)
                .body("error", equalTo("an event with slug '" + TestEvents.event(file).get("slug") + "' already exists"));
        assertEquals(before, TestEvents.eventCount());
    }

    @Test
    void eventsAreListedAndTheirSlotsFollowTheFormat() {
        Map<String, Object> file = TestEvents.example();
        long id = TestEvents.importEvent(file).jsonPath().getLong("id");
        organizer().get("/api/events").then().statusCode(200).body("slug", hasItem(TestEvents.event(file).get("slug")));
        organizer().get("/api/events/" + id + "/slots").then().statusCode(200)
                .body("start", equalTo(List.of("11:00", "11:12", "11:24", "11:36", "11:48", "12:00", "12:12")))
                .body("end[6]", equalTo("12:22"))
                .body("date[0]", equalTo("2018-05-17"));
    }

    @Test
    void unknownEventIs404() {
        organizer().get("/api/events/999999/export").then().statusCode(404).body("error", equalTo("no event with id 999999"));
    }
}
