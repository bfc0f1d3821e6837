package fr.openmap.pitch;

import fr.openmap.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.pitch.PitchApi.path;
import static fr.openmap.pitch.PitchApi.review;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pitch notifications sent several times at once: each applicant is told once. */
@QuarkusTest
@Tag("persistence")
class PitchNotificationRaceTest {

    @Inject
    OutboxProbe outbox;

    @Test
    void tenSendsAtOnceWriteOneMessagePerApplicant() throws Exception {
        long eventId = PitchApi.importEventWithoutPitches().jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of("waitlistSize", 2));
        for (int i = 1; i <= 9; i++) {
            String ref = String.format("S%02d", i);
            PitchApi.apply(eventId, ref);
            review(eventId, ref, "Alice", 5.25 - 0.25 * i);
        }
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200);

        List<Response> responses = Concurrently.run(10, i -> organizer().post(path(eventId, "/notifications/send")));

        assertEquals(10, Concurrently.count(responses, 200), () -> "statuses " + Concurrently.statuses(responses));
        int drafted = responses.stream().mapToInt(r -> r.jsonPath().getList("$").size()).sum();
        assertEquals(9, drafted, "the nine applicants are told once, by one of the sends");
        List<OutboxProbe.Row> rows = outbox.rows(eventId);
        assertEquals(9, rows.size(), () -> "outbox: " + rows.stream().map(OutboxProbe.Row::ref).toList());
        Set<String> told = rows.stream().map(OutboxProbe.Row::ref).collect(Collectors.toSet());
        assertEquals(Set.of("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09"), told);
        Map<String, Long> kinds = rows.stream().collect(Collectors.groupingBy(OutboxProbe.Row::kind, Collectors.counting()));
        assertEquals(Map.of("PITCH_SELECTED", 6L, "PITCH_WAITLISTED", 2L, "PITCH_NOT_SELECTED", 1L), kinds);

        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
        assertEquals(9, outbox.rows(eventId).size(), "nothing more to tell");
    }

    @Test
    void theSameApplicationSentAtOnceIsStoredOnce() throws Exception {
        long eventId = PitchApi.importEventWithoutPitches().jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of());
        List<Response> responses = Concurrently.run(8,
                i -> organizer().body(PitchApi.application("S05")).post(path(eventId, "/applications")));

        responses.forEach(r -> assertEquals(true, r.statusCode() < 500, () -> "a 5xx: " + r.asString()));
        assertEquals(1, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
            assertEquals(409, r.statusCode());
            assertEquals("'S05' has already applied to pitch at this event", r.jsonPath().getString("error"));
        });
        organizer().get(path(eventId, "/applications")).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
    }
}
