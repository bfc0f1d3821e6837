package fr.openmap.timetable;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.solve;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example event solved through the API reaches its proven optimum: 59 meetings, 9 buyers, 21 structures, weight 183, 0 gaps. */
@QuarkusTest
@TestProfile(ExampleOptimumTest.LongerSearch.class)
class ExampleOptimumTest {

    /** Rules with room to reach the optimum on a busy machine (src/test/scheduling-rules-optimum). */
    public static class LongerSearch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openmap.scheduling-rules.dir", "src/test/scheduling-rules-optimum");
        }
    }

    @Test
    void theExampleSolvesToItsOptimumFromTheApi() throws InterruptedException {
        long eventId = TestEvents.importExample();
        organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200)
                .body("status", equalTo("NOT_SOLVED")).body("meetings.size()", equalTo(0));

        JsonPath timetable = solve(eventId, false);
        assertEquals(59, timetable.getInt("counts.meetings"));
        assertEquals(9, timetable.getInt("counts.buyersWithMeeting"));
        assertEquals(21, timetable.getInt("counts.structuresServed"));
        assertEquals(183, timetable.getInt("counts.totalWeight"));
        assertEquals(0, timetable.getInt("counts.idleSlots"));
        assertEquals(0, timetable.getInt("score.hard"));
        assertEquals(0, timetable.getInt("score.unservedStructures"));
        assertEquals(59, timetable.getList("meetings").size());
        assertFalse(timetable.getList("rules").isEmpty(), "the score is broken down per rule");

        // no buyer or table twice in a slot; each buyer keeps one table
        List<Map<String, Object>> meetings = timetable.getList("meetings");
        Set<String> buyerSlots = new HashSet<>();
        Map<String, Object> tableOfBuyer = new HashMap<>();
        for (Map<String, Object> m : meetings) {
            assertTrue(buyerSlots.add(m.get("buyer") + "@" + m.get("start")), "buyer double-booked: " + m);
            Object previous = tableOfBuyer.putIfAbsent((String) m.get("buyer"), m.get("table"));
            assertTrue(previous == null || previous.equals(m.get("table")), "a buyer keeps one table: " + m);
        }
    }

}
