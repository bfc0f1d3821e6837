package fr.openmap.pitch;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static fr.openmap.pitch.PitchApi.path;
import static fr.openmap.pitch.PitchApi.review;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Done when: twelve applications, two reviewers, six selected, the seventh wait-listed and promoted on a withdrawal. */
@QuarkusTest
@Tag("persistence")
class CallForPitchesScenarioTest {

    /** Best first, with the median each gets from its two reviewers (Alice +0.25, Bruno -0.25). */
    static final List<String> BEST_FIRST = List.of("S05", "S11", "S02", "S09", "S07", "S01", "S12", "S03", "S08", "S04", "S10", "S06");

    @Inject
    OutboxProbe outbox;

    @Test
    void twelveApplicationsSixSelectedTheSeventhPromotedWhenOneWithdraws() {
        Response imported = PitchApi.importEventWithoutPitches();
        long eventId = imported.jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of("coachingAt", "2018-05-03T09:30"));

        BEST_FIRST.stream().sorted().forEach(ref ->
                participant(TestEvents.tokenOf(imported, ref)).body(PitchApi.application(ref))
                        .post(path(eventId, "/applications")).then().statusCode(201));
        for (int i = 0; i < BEST_FIRST.size(); i++) {
            double median = 4.75 - 0.25 * i;
            review(eventId, BEST_FIRST.get(i), "Alice", median + 0.25);
            review(eventId, BEST_FIRST.get(i), "Bruno", median - 0.25);
        }
        organizer().get(path(eventId, "/ranking")).then()
                .body("structure", equalTo(BEST_FIRST))
                .body("[6].median", equalTo(3.25f));

        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200);
        Map<String, String> statuses = statuses(eventId);
        for (int i = 0; i < BEST_FIRST.size(); i++) {
            String expected = i < 6 ? "SELECTED" : i == 6 ? "WAITLISTED" : "NOT_SELECTED";
            assertEquals(expected, statuses.get(BEST_FIRST.get(i)), BEST_FIRST.get(i));
        }
        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200).body("size()", equalTo(12));

        // S09 (4th) withdraws: S12, the seventh, is promoted and told at once
        participant(TestEvents.tokenOf(imported, "S09")).post(path(eventId, "/S09/withdraw")).then().statusCode(200)
                .body("promoted.structure", equalTo("S12"));
        statuses = statuses(eventId);
        assertEquals("WITHDRAWN", statuses.get("S09"));
        assertEquals("SELECTED", statuses.get("S12"));
        organizer().get(path(eventId, "/running-order")).then()
                .body("pitches.structure", contains("S05", "S11", "S02", "S12", "S07", "S01"));
        // everyone already knows their current status: nothing more to send
        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200).body("size()", equalTo(0));

        List<OutboxProbe.Row> rows = outbox.rows(eventId);
        Map<String, List<String>> kindsByRef = rows.stream().collect(Collectors.groupingBy(OutboxProbe.Row::ref,
                Collectors.mapping(OutboxProbe.Row::kind, Collectors.toList())));
        assertEquals(12, kindsByRef.size());
        for (int i = 0; i < BEST_FIRST.size(); i++) {
            String ref = BEST_FIRST.get(i);
            List<String> expected = i < 6 ? List.of("PITCH_SELECTED")
                    : i == 6 ? List.of("PITCH_WAITLISTED", "PITCH_PROMOTED") : List.of("PITCH_NOT_SELECTED");
            assertEquals(expected, kindsByRef.get(ref), ref);
        }
        OutboxProbe.Row promotion = rows.get(rows.size() - 1);
        assertEquals("S12", promotion.ref());
        assertTrue(promotion.text().contains("pitch n° 4, de 10 h 37 à 10 h 45"), promotion.text());
        assertTrue(promotion.text().contains("jeudi 3 mai 2018 à 9 h 30"), promotion.text());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("PENDING")));
        organizer().get(path(eventId, "/audit")).then()
                .body("findAll { it.structure == 'S12' }.to", contains("APPLIED", "WAITLISTED", "SELECTED"));
    }

    private static Map<String, String> statuses(long eventId) {
        List<Map<String, Object>> structures = organizer().get("/api/events/" + eventId + "/export").then().statusCode(200)
                .extract().jsonPath().getList("structures");
        return structures.stream().filter(s -> s.get("pitch") != null).collect(Collectors.toMap(s -> (String) s.get("ref"),
                s -> (String) ((Map<?, ?>) s.get("pitch")).get("status")));
    }
}
