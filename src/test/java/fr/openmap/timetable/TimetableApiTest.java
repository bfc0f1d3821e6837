package fr.openmap.timetable;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static fr.openmap.TestEvents.solve;
import static fr.openmap.TestEvents.waitUntilSolved;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("persistence")
class TimetableApiTest {

    @Test
    void theExportFollowsTheTimetableFormatAndExplainsEveryPairLeftOut() throws InterruptedException {
        long eventId = TestEvents.importExample();
        organizer().get("/api/events/" + eventId + "/timetable/export").then().statusCode(409)
                .body("error", equalTo("this event has no timetable yet: solve it first"));
        solve(eventId, false);
        JsonPath export = organizer().get("/api/events/" + eventId + "/timetable/export").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("openmap-timetable/1", export.getString("format"));
        assertEquals(59, export.getList("meetings").size());
        assertTrue(export.getString("meetings[0].start").matches("2018-05-17T1\\d:\\d\\d"));
        // every pair with a request is either met or explained
        Set<String> requested = new HashSet<>();
        for (Map<String, Object> r : TestEvents.list(TestEvents.read(TestEvents.EXAMPLE), "requests")) {
            String from = (String) r.get("from");
            String to = (String) r.get("to");
            requested.add(from.startsWith("B") ? from + "/" + to : to + "/" + from);
        }
        Set<String> covered = new HashSet<>();
        export.getList("meetings", Map.class).forEach(m -> covered.add(m.get("buyer") + "/" + m.get("structure")));
        export.getList("unscheduled", Map.class).forEach(u -> {
            assertFalse(((String) u.get("reason")).isBlank());
            covered.add(u.get("buyer") + "/" + u.get("structure"));
        });
        assertEquals(requested, covered);
        assertEquals(requested.size(), 59 + export.getList("unscheduled").size());
    }

    @Test
    void solvingTwiceAtOnceIsAConflictAndStopKeepsTheBestSoFar() throws InterruptedException {
        long eventId = TestEvents.importEvent(TestEvents.withAnIdleSlotNoPlanAvoids()).jsonPath().getLong("id");
        organizer().post("/api/events/" + eventId + "/timetable/solve").then().statusCode(202);
        organizer().post("/api/events/" + eventId + "/timetable/solve").then().statusCode(409)
                .body("error", equalTo("the timetable of this event is already being solved; stop it or wait"));
        int soFar = 0;
        JsonPath solving = null;
        for (Instant deadline = Instant.now().plusSeconds(30); soFar == 0 && Instant.now().isBefore(deadline); Thread.sleep(100)) {
            solving = organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200)
                    .body("status", equalTo("SOLVING")).extract().jsonPath();
            soFar = solving.getInt("meetingsSoFar");
        }
        assertTrue(soFar > 0, "progress shows the meetings of the best plan so far");
        assertEquals(soFar, solving.getInt("bestSoFar.meetings"));
        assertTrue(solving.getInt("bestSoFar.structuresServed") >= 1, solving.prettify());
        assertTrue(solving.getLong("bestSoFar.totalWeight") >= soFar, "every meeting weighs at least 1");
        organizer().post("/api/events/" + eventId + "/timetable/stop").then().statusCode(202);
        JsonPath stopped = waitUntilSolved(eventId);
        assertTrue(stopped.getInt("counts.meetings") >= soFar, "the best timetable so far is kept");
        // an idle slot no plan avoids keeps the run from its bound: it went on until stopped, and says so
        assertEquals(false, stopped.getBoolean("optimal"));
        assertTrue(stopped.getInt("counts.idleSlots") >= 1);
        organizer().post("/api/events/" + eventId + "/timetable/stop").then().statusCode(409);
    }

    @Test
    void theExampleStopsAsSoonAsItReachesItsBound() throws InterruptedException {
        long eventId = TestEvents.importExample();
        JsonPath timetable = solve(eventId, false);
        assertEquals(59, timetable.getInt("counts.meetings"));
        assertEquals(21, timetable.getInt("counts.structuresServed"));
        assertEquals(183, timetable.getInt("counts.totalWeight"));
        assertEquals(0, timetable.getInt("counts.idleSlots"));
        assertEquals("[0]hard/[0/0/183/0]soft", timetable.getString("bound"));
        assertEquals(true, timetable.getBoolean("optimal"));
    }

    @Test
    void replanningAfterTheAgendasWereSentKeepsThemWhereNothingHadToGive() throws InterruptedException {
        var imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        List<Map<String, Object>> before = solve(eventId, false).getList("meetings");
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);

        // the structure of one scheduled meeting declines the buyer's request (or the buyer declines the structure's)
        Map<String, Object> dropped = before.get(10);
        JsonPath requests = organizer().get("/api/events/" + eventId + "/requests").then().extract().jsonPath();
        Map<String, Object> request = requests.getList("$", Map.class).stream()
                .filter(r -> (r.get("from").equals(dropped.get("buyer")) && r.get("to").equals(dropped.get("structure")))
                        || (r.get("to").equals(dropped.get("buyer")) && r.get("from").equals(dropped.get("structure"))))
                .findFirst().orElseThrow();
        participant(TestEvents.tokenOf(imported, (String) request.get("to")))
                .post("/api/events/" + eventId + "/requests/" + request.get("id") + "/decline").then().statusCode(200);

        JsonPath after = solve(eventId, false);
        List<Map<String, Object>> meetingsAfter = after.getList("meetings");
        assertEquals(after.getInt("counts.structuresToServe"), after.getInt("counts.structuresServed"));
        int changed = 0;
        for (Map<String, Object> meeting : before) {
            if (meeting == dropped) {
                assertFalse(meetingsAfter.stream().anyMatch(m -> m.get("buyer").equals(dropped.get("buyer"))
                        && m.get("structure").equals(dropped.get("structure"))), "the declined pair no longer meets");
            } else if (!meetingsAfter.contains(meeting)) {
                changed++;
            }
        }
        // only what had to give moved, and the result counts exactly those
        assertEquals(changed, after.getInt("counts.publishedMoved") + after.getInt("counts.publishedCancelled"));
        assertTrue(changed <= 5, changed + " published meetings changed");
        assertTrue(after.getList("unscheduled", Map.class).stream().anyMatch(u -> u.get("buyer").equals(dropped.get("buyer"))
                && u.get("structure").equals(dropped.get("structure")) && ((String) u.get("reason")).contains("declined")));
        // the reasons follow the reader's language
        List<Map> inFrench = organizer().header("Accept-Language", "fr-FR,fr;q=0.9")
                .get("/api/events/" + eventId + "/timetable").then().statusCode(200).extract().jsonPath()
                .getList("unscheduled", Map.class);
        assertTrue(inFrench.stream().anyMatch(u -> u.get("buyer").equals(dropped.get("buyer"))
                && u.get("structure").equals(dropped.get("structure")) && ((String) u.get("reason")).startsWith("refusé par")));
    }

    @Test
    void aBookingStaysWhereItIs() throws InterruptedException {
        long eventId = TestEvents.importExample();
        organizer().body(Map.of("buyer", "B03", "structure", "S20", "start", "12:12"))
                .post("/api/events/" + eventId + "/bookings").then().statusCode(201);
        JsonPath timetable = solve(eventId, true);
        Map<String, Object> booked = timetable.getList("meetings", Map.class).stream()
                .filter(m -> m.get("buyer").equals("B03") && m.get("structure").equals("S20"))
                .findFirst().orElseThrow();
        assertEquals("12:12", booked.get("start"));
        assertEquals(true, booked.get("booked"));
    }

    @Test
    void participantsCannotSolve() {
        var imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        participant(TestEvents.tokenOf(imported, "B01")).post("/api/events/" + eventId + "/timetable/solve")
                .then().statusCode(403);
    }
}
