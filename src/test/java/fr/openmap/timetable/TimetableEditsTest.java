package fr.openmap.timetable;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.solve;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand edits of the timetable: each kind accepted and refused by the solver's rules, and kept by later solves. */
@QuarkusTest
@Tag("persistence")
class TimetableEditsTest {

    private static final List<String> SLOTS = List.of("11:00", "11:12", "11:24", "11:36", "11:48", "12:00", "12:12");

    @Test
    void aMoveToAFreeSlotIsPinnedAndKeptByTheNextSolveAndAMoveOntoABusyBuyerIsRefusedWithTheRule()
            throws InterruptedException {
        long eventId = TestEvents.importExample();
        List<Map<String, Object>> meetings = solve(eventId, false).getList("meetings");

        Map<String, Object> busyMeeting = meetings.stream().filter(m -> m.get("buyer").equals(meetings.get(0).get("buyer")))
                .skip(1).findFirst().orElseThrow();
        Map<String, Object> first = meetings.get(0);
        edit(eventId, Map.of("action", "move", "buyer", first.get("buyer"), "structure", first.get("structure"),
                "start", busyMeeting.get("start"))).statusCode(409)
                .body("error", equalTo("buyer " + first.get("buyer") + " is already in a meeting at " + busyMeeting.get("start")
                        + " (rule: buyerDoubleBooked)"));

        // The optimal plan leaves little room: remove one meeting, then move another of that buyer into its slot
        Map<String, Object> removed = meetings.stream().filter(m -> Boolean.FALSE.equals(m.get("booked")))
                .skip(5).findFirst().orElseThrow();
        edit(eventId, Map.of("action", "remove", "buyer", removed.get("buyer"), "structure", removed.get("structure")))
                .statusCode(200);
        List<Map<String, Object>> left = meetings.stream().filter(m -> m != removed).toList();
        Map<String, Object> moved = null;
        String to = null;
        JsonPath after = null;
        // a slot where neither has a meeting; the service may still refuse it for availability, saying which rule
        for (Map<String, Object> m : left) {
            for (String slot : SLOTS) {
                if (moved == null && !busy(left, "buyer", m.get("buyer"), slot)
                        && !busy(left, "structure", m.get("structure"), slot)) {
                    var answer = edit(eventId, Map.of("action", "move", "buyer", m.get("buyer"),
                            "structure", m.get("structure"), "start", slot)).extract();
                    if (answer.statusCode() == 200) {
                        moved = m;
                        to = slot;
                        after = answer.jsonPath();
                    } else {
                        assertEquals(409, answer.statusCode());
                        assertTrue(answer.jsonPath().getString("error").matches(".* is not available at .* \\(rule: \\w+Unavailable\\)"),
                                answer.jsonPath().getString("error"));
                    }
                }
            }
        }
        assertTrue(moved != null, "some meeting has a slot free for both");

        Map<String, Object> now = find(after.getList("meetings"), moved.get("buyer"), moved.get("structure")).orElseThrow();
        assertEquals(to, now.get("start"));
        assertEquals(true, now.get("pinned"));

        JsonPath resolved = solve(eventId, true);
        Map<String, Object> kept = find(resolved.getList("meetings"), moved.get("buyer"), moved.get("structure")).orElseThrow();
        assertEquals(to, kept.get("start"));
        assertEquals(true, kept.get("pinned"));
        assertEquals(0, resolved.getInt("score.hard"));

        organizer().header("Accept-Language", "fr").body(Map.of("action", "move", "buyer", first.get("buyer"),
                        "structure", first.get("structure"), "start", "11:05"))
                .post("/api/events/" + eventId + "/timetable/edits").then().statusCode(409)
                .body("error", equalTo("aucun créneau de rendez-vous ne commence le jeudi 17 mai 2018 à 11 h 05"
                        + "\u00a0: les rendez-vous occupent les créneaux des temps de networking"));
    }

    @Test
    void removeAddSwapPinAndUnpin() throws InterruptedException {
        long eventId = TestEvents.importExample();
        List<Map<String, Object>> meetings = solve(eventId, false).getList("meetings");
        Map<String, Object> m = meetings.get(3);

        JsonPath removed = edit(eventId, Map.of("action", "remove", "buyer", m.get("buyer"), "structure", m.get("structure")))
                .statusCode(200).extract().jsonPath();
        assertTrue(find(removed.getList("meetings"), m.get("buyer"), m.get("structure")).isEmpty());
        assertEquals(1, removed.getList("unscheduled", Map.class).stream().filter(u -> u.get("buyer").equals(m.get("buyer"))
                && u.get("structure").equals(m.get("structure"))
                && u.get("reason").equals("removed from the timetable by the organizer")).count(),
                "left out at once, with its reason, not only after the next solve");
        JsonPath resolved = solve(eventId, true);
        assertTrue(find(resolved.getList("meetings"), m.get("buyer"), m.get("structure")).isEmpty(), "kept out by the next solve");
        assertTrue(resolved.getList("unscheduled", Map.class).stream().anyMatch(u -> u.get("buyer").equals(m.get("buyer"))
                && u.get("structure").equals(m.get("structure"))
                && u.get("reason").equals("removed from the timetable by the organizer")));

        // back by hand where it is free for both in the new plan
        List<Map<String, Object>> now = resolved.getList("meetings");
        String free = SLOTS.stream().filter(slot -> !busy(now, "buyer", m.get("buyer"), slot)
                && !busy(now, "structure", m.get("structure"), slot)).findFirst().orElse(null);
        if (free != null) {
            JsonPath added = edit(eventId, Map.of("action", "add", "buyer", m.get("buyer"), "structure", m.get("structure"),
                    "start", free)).statusCode(200).extract().jsonPath();
            assertEquals(free, find(added.getList("meetings"), m.get("buyer"), m.get("structure")).orElseThrow().get("start"));
            assertTrue(added.getList("unscheduled", Map.class).stream().noneMatch(u -> u.get("buyer").equals(m.get("buyer"))
                    && u.get("structure").equals(m.get("structure"))), "no longer left out once added");
        }
        edit(eventId, Map.of("action", "add", "buyer", "B01", "structure", "S99", "start", "11:00")).statusCode(404);
        String unrequested = unrequestedStructureOf(eventId, "B01");
        edit(eventId, Map.of("action", "add", "buyer", "B01", "structure", unrequested, "start", "11:00")).statusCode(409)
                .body("error", equalTo("B01 and " + unrequested + " have no request: only a requested pair can meet"));

        // swap two meetings of one buyer: each structure takes the other's slot where it is free
        List<Map<String, Object>> current = organizer().get("/api/events/" + eventId + "/timetable").then()
                .extract().jsonPath().getList("meetings");
        Map<String, Object>[] pair = swappable(current);
        assertTrue(pair != null, "some buyer has two meetings whose structures can trade slots");
        JsonPath swapped = edit(eventId, Map.of("action", "swap", "buyer", pair[0].get("buyer"),
                "structure", pair[0].get("structure"), "withBuyer", pair[1].get("buyer"),
                "withStructure", pair[1].get("structure"))).statusCode(200).extract().jsonPath();
        assertEquals(pair[1].get("start"), find(swapped.getList("meetings"), pair[0].get("buyer"), pair[0].get("structure"))
                .orElseThrow().get("start"));
        assertEquals(pair[0].get("start"), find(swapped.getList("meetings"), pair[1].get("buyer"), pair[1].get("structure"))
                .orElseThrow().get("start"));

        Map<String, Object> other = current.stream().filter(x -> !x.equals(pair[0]) && !x.equals(pair[1]))
                .filter(x -> Boolean.FALSE.equals(x.get("pinned")) && Boolean.FALSE.equals(x.get("booked")))
                .findFirst().orElseThrow();
        JsonPath pinned = edit(eventId, Map.of("action", "pin", "buyer", other.get("buyer"), "structure", other.get("structure")))
                .statusCode(200).extract().jsonPath();
        assertEquals(true, find(pinned.getList("meetings"), other.get("buyer"), other.get("structure")).orElseThrow().get("pinned"));
        JsonPath unpinned = edit(eventId, Map.of("action", "unpin", "buyer", other.get("buyer"), "structure", other.get("structure")))
                .statusCode(200).extract().jsonPath();
        assertEquals(false, find(unpinned.getList("meetings"), other.get("buyer"), other.get("structure")).orElseThrow().get("pinned"));
        edit(eventId, Map.of("action", "unpin", "buyer", other.get("buyer"), "structure", other.get("structure"))).statusCode(404);
    }

    @Test
    void badEditsAreRefusedWithTheFieldAndABookingMovesOnlyThroughTheBookings() throws InterruptedException {
        long eventId = TestEvents.importExample();
        organizer().body(Map.of("buyer", "B03", "structure", "S20", "start", "12:12"))
                .post("/api/events/" + eventId + "/bookings").then().statusCode(201);
        solve(eventId, false);
        edit(eventId, Map.of("action", "teleport", "buyer", "B03", "structure", "S20")).statusCode(422)
                .body("problems.location", hasItem("action"));
        edit(eventId, Map.of("action", "move", "buyer", "B03", "structure", "S20")).statusCode(422)
                .body("problems.location", hasItem("start"));
        edit(eventId, Map.of("action", "move", "buyer", "B03", "structure", "S20", "start", "11:00")).statusCode(409)
                .body("error", equalTo("B03 and S20 have a booked meeting: cancel or change the booking instead"));
        TestEvents.participant(TestEvents.tokenOf(TestEvents.importEvent(TestEvents.example()), "B01"))
                .body(Map.of("action", "pin", "buyer", "B01", "structure", "S01"))
                .post("/api/events/" + eventId + "/timetable/edits").then().statusCode(403);
    }

    private static ValidatableResponse edit(long eventId, Map<String, Object> body) {
        return organizer().body(new HashMap<>(body)).post("/api/events/" + eventId + "/timetable/edits").then();
    }

    private static boolean busy(List<Map<String, Object>> meetings, String side, Object ref, String slot) {
        return meetings.stream().anyMatch(m -> m.get(side).equals(ref) && m.get("start").equals(slot));
    }

    private static Optional<Map<String, Object>> find(List<Map<String, Object>> meetings, Object buyer, Object structure) {
        return meetings.stream().filter(m -> m.get("buyer").equals(buyer) && m.get("structure").equals(structure)).findFirst();
    }

    /** Two meetings of one buyer whose structures are each free at the other's slot. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] swappable(List<Map<String, Object>> meetings) {
        for (Map<String, Object> a : meetings) {
            for (Map<String, Object> b : meetings) {
                if (a != b && a.get("buyer").equals(b.get("buyer")) && Boolean.FALSE.equals(a.get("booked"))
                        && Boolean.FALSE.equals(b.get("booked"))
                        && !busy(meetings, "structure", a.get("structure"), (String) b.get("start"))
                        && !busy(meetings, "structure", b.get("structure"), (String) a.get("start"))) {
                    return new Map[] {a, b};
                }
            }
        }
        return null;
    }

    private static String unrequestedStructureOf(long eventId, String buyer) {
        Set<String> asked = organizer().get("/api/events/" + eventId + "/requests").then().extract().jsonPath()
                .getList("$", Map.class).stream()
                .filter(r -> r.get("from").equals(buyer) || r.get("to").equals(buyer))
                .map(r -> (String) (r.get("from").equals(buyer) ? r.get("to") : r.get("from")))
                .collect(Collectors.toSet());
        for (int i = 1; i <= 21; i++) {
            String ref = String.format("S%02d", i);
            if (!asked.contains(ref)) {
                return ref;
            }
        }
        throw new AssertionError(buyer + " was asked by every structure");
    }
}
