package fr.openmap.pitch;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
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
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
@Tag("persistence")
class PitchSelectionTest {

    long eventId;

    /** Eight applications; S06 and S07 tie at 3.5 across the 6th place (pitchPlaces = 6, one wait-listed). */
    @BeforeEach
    void reviewedApplications() {
        eventId = PitchApi.importEventWithoutPitches().jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of());
        double[] medians = {5.0, 4.75, 4.5, 4.25, 4.0, 3.5, 3.5, 2.0};
        for (int i = 0; i < medians.length; i++) {
            String ref = String.format("S%02d", i + 1);
            PitchApi.apply(eventId, ref);
            review(eventId, ref, "Alice", medians[i]);
        }
    }

    @Test
    void aTieAtTheBoundaryIsReportedAndNothingChanges() {
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(409)
                .body("ties.size()", equalTo(1))
                .body("ties[0].boundary", equalTo("selected/waitlisted"))
                .body("ties[0].position", equalTo(6))
                .body("ties[0].median", equalTo(3.5f))
                .body("ties[0].structures", contains("S06", "S07"));
        organizer().get(path(eventId, "/applications")).then().body("status", everyItem(equalTo("APPLIED")));
        organizer().get(path(eventId, "/audit")).then().body("to", everyItem(equalTo("APPLIED")));

        // the organizer settles it: S07 before S06
        organizer().body(Map.of("tieBreak", List.of("S07", "S06"), "reason", "committee vote of 3 May"))
                .post(path(eventId, "/selection")).then().statusCode(200)
                .body("outcomes.structure", contains("S01", "S02", "S03", "S04", "S05", "S07", "S06", "S08"))
                .body("outcomes.status", contains("SELECTED", "SELECTED", "SELECTED", "SELECTED", "SELECTED", "SELECTED",
                        "WAITLISTED", "NOT_SELECTED"));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("structures.find { it.ref == 'S07' }.pitch.status", equalTo("SELECTED"))
                .body("structures.find { it.ref == 'S07' }.pitch.rank", equalTo(6))
                .body("structures.find { it.ref == 'S06' }.pitch.status", equalTo("WAITLISTED"))
                .body("structures.find { it.ref == 'S06' }.pitch.rank", equalTo(7))
                .body("structures.find { it.ref == 'S08' }.pitch.status", equalTo("NOT_SELECTED"));
        organizer().get(path(eventId, "/audit")).then()
                .body("find { it.structure == 'S07' && it.to == 'SELECTED' }.reason",
                        equalTo("selection: rank 6, median 3.5, tie settled by the organizer; committee vote of 3 May"))
                .body("find { it.structure == 'S07' && it.to == 'SELECTED' }.from", equalTo("APPLIED"))
                .body("find { it.structure == 'S07' && it.to == 'SELECTED' }.actor", equalTo("organizer"));
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(409)
                .body("error", containsString("the selection was already made"));
    }

    @Test
    void theOrganizerOverridesAStatusWithAReasonKeptInTheAudit() {
        organizer().body(Map.of("status", "SELECTED", "reason", "x")).post(path(eventId, "/S08/status")).then().statusCode(409)
                .body("error", equalTo("make the selection first: statuses are changed one by one only after it"));
        organizer().body(Map.of("tieBreak", List.of("S06"))).post(path(eventId, "/selection")).then().statusCode(200);
        organizer().body(Map.of("status", "SELECTED")).post(path(eventId, "/S08/status")).then().statusCode(422)
                .body("problems[0].location", equalTo("reason"));
        organizer().body(Map.of("status", "SELECTED", "reason", "partner of the Games, asked by the jury"))
                .post(path(eventId, "/S08/status")).then().statusCode(200)
                .body("from", equalTo("NOT_SELECTED")).body("to", equalTo("SELECTED")).body("rank", equalTo(8));
        organizer().get(path(eventId, "/audit")).then()
                .body("[-1].structure", equalTo("S08"))
                .body("[-1].reason", equalTo("partner of the Games, asked by the jury"));
        // seven selected now: the running order gives everyone an equal share of 10:15-11:00
        organizer().get(path(eventId, "/running-order")).then().statusCode(200)
                .body("pitches.structure", contains("S01", "S02", "S03", "S04", "S05", "S06", "S08"))
                .body("pitches[6].start", equalTo("10:53")).body("pitches[6].end", equalTo("11:00"));
    }

    @Test
    void afterTheSelectionTheStructureFormCannotChangeAPitchStatusWithoutTheJournal() {
        organizer().body(Map.of("tieBreak", List.of("S06"))).post(path(eventId, "/selection")).then().statusCode(200);
        Map<String, Object> s08 = new java.util.HashMap<>(organizer().get("/api/events/" + eventId + "/export").jsonPath()
                .getMap("structures.find { it.ref == 'S08' }"));
        String structure = "/api/events/" + eventId + "/structures/S08";
        int journal = organizer().get(path(eventId, "/audit")).jsonPath().getList("findAll { it.structure == 'S08' }").size();
        // the same data, its status untouched: saved
        organizer().body(s08).put(structure).then().statusCode(200);
        s08.put("pitch", Map.of("status", "SELECTED", "rank", 8));
        organizer().body(s08).put(structure).then().statusCode(422)
                .body("problems[0].location", equalTo("pitch.status"))
                .body("problems[0].message", containsString("pitch page"));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("structures.find { it.ref == 'S08' }.pitch.status", equalTo("NOT_SELECTED"));
        organizer().get(path(eventId, "/audit")).then().body("findAll { it.structure == 'S08' }.size()", equalTo(journal));
    }
}
