package fr.openmap.event;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.validation.InvalidInputException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Deleting an event takes everything it holds, and nothing of another event; only once its slug is typed. */
@QuarkusTest
@Tag("persistence")
class EventDeletionTest {

    @Inject
    EventService events;

    @Test
    void anEventWithParticipantsTimetablePitchesAndMailsGoesWholeAndTheOtherStays() {
        long id = TestEvents.importExample();
        long other = TestEvents.importExample();
        String otherBefore = organizer().get("/api/events/" + other + "/export").asString();
        String api = "/api/events/" + id;
        organizer().body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00")).post(api + "/bookings")
                .then().statusCode(201);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(7).toString()))
                .put(api + "/pitch/call").then().statusCode(200);
        organizer().body(Map.of("structure", "S07", "presentation", "p", "offer", "o", "socialImpact", "s"))
                .post(api + "/pitch/applications").then().statusCode(201);
        TestTimetables.fill(id, Set.of());
        organizer().post(api + "/agendas/send").then().statusCode(200);
        String slug = organizer().get(api).jsonPath().getString("slug");

        assertThrows(InvalidInputException.class, () -> events.delete(id, "not-the-slug"));
        organizer().get(api).then().statusCode(200);

        events.delete(id, slug);
        organizer().get(api).then().statusCode(404);
        assertEquals(otherBefore, organizer().get("/api/events/" + other + "/export").asString());
    }
}
