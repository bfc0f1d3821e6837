package fr.openmap.pitch;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.pitch.PitchApi.path;
import static fr.openmap.pitch.PitchApi.review;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Places taken before the selection (by import or by hand) count against pitchPlaces, and announced times hold. */
@QuarkusTest
@Tag("persistence")
class PitchPlacesTakenTest {

    @Test
    void theExampleWithSixPlacesTakenKeepsSixSelectedAndEveryTime() {
        long eventId = TestEvents.importExample();
        List<String> times = List.of("10:15", "10:22", "10:30", "10:37", "10:45", "10:52");
        runningOrder(eventId, List.of("S01", "S02", "S03", "S04", "S05", "S06"), times);
        PitchApi.openCall(eventId, Map.of());
        PitchApi.apply(eventId, "S12");
        review(eventId, "S12", "Alice", 5.0);

        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200)
                .body("outcomes.structure", contains("S12"))
                .body("outcomes.status", contains("NOT_SELECTED"))
                .body("outcomes.rank", contains(8)); // after the 6 selected and the wait-listed S07 of the file
        runningOrder(eventId, List.of("S01", "S02", "S03", "S04", "S05", "S06"), times);
    }

    @Test
    void anApplicantTakesAFreePlaceAndARedoBeforeTheNotificationsMovesNobodyWhoKeepsTheirPlace() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.list(file, "structures").stream().filter(s -> List.of("S05", "S06").contains(s.get("ref")))
                .forEach(s -> s.put("pitch", Map.of("status", "NOT_SELECTED", "rank", 20)));
        long eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of());
        double[] medians = {4.5, 4.0, 3.0};
        List<String> applicants = List.of("S08", "S09", "S10");
        for (int i = 0; i < applicants.size(); i++) {
            PitchApi.apply(eventId, applicants.get(i));
            review(eventId, applicants.get(i), "Alice", medians[i]);
        }
        organizer().body(Map.of("select", 3)).post(path(eventId, "/selection")).then().statusCode(422)
                .body("problems[0].location", equalTo("select"))
                .body("problems[0].message", containsString("4 of the 6 places are already taken"));

        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200)
                .body("outcomes.structure", contains("S08", "S09", "S10"))
                .body("outcomes.status", contains("SELECTED", "SELECTED", "NOT_SELECTED"));
        runningOrder(eventId, List.of("S01", "S02", "S03", "S04", "S08", "S09"),
                List.of("10:15", "10:22", "10:30", "10:37", "10:45", "10:52"));

        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(409)
                .body("error", containsString("redo it (redo: true) until the notifications are sent"));
        organizer().body(Map.of("redo", true, "select", 1, "waitlist", 1)).post(path(eventId, "/selection")).then()
                .statusCode(200)
                .body("outcomes.status", contains("SELECTED", "WAITLISTED", "NOT_SELECTED"));
        runningOrder(eventId, List.of("S01", "S02", "S03", "S04", "S08"),
                List.of("10:15", "10:22", "10:30", "10:37", "10:45"));
        organizer().get(path(eventId, "/audit")).then()
                .body("find { it.structure == 'S09' && it.to == 'WAITLISTED' }.reason",
                        equalTo("selection redone: rank 9, median 4.0"));

        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200);
        organizer().body(Map.of("redo", true)).post(path(eventId, "/selection")).then().statusCode(409)
                .body("error", containsString("applicants were told"));
    }

    private static void runningOrder(long eventId, List<String> refs, List<String> starts) {
        organizer().get(path(eventId, "/running-order")).then().statusCode(200)
                .body("pitches.structure", equalTo(refs))
                .body("pitches.start", equalTo(starts));
    }
}
