package fr.openmap.pitch;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static fr.openmap.pitch.PitchApi.path;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** An application is edited by its structure until the call closes, by the organizer with a reason, deleted with one. */
@QuarkusTest
@Tag("persistence")
class PitchApplicationEditTest {

    @Test
    void theStructureEditsItsOwnUntilTheCallClosesAndTheOrganizerEditsOrDeletesWithAReason() {
        Response imported = PitchApi.importEventWithoutPitches();
        long eventId = imported.jsonPath().getLong("id");
        String s07 = TestEvents.tokenOf(imported, "S07");
        PitchApi.openCall(eventId, Map.of());
        PitchApi.apply(eventId, "S07");
        PitchApi.apply(eventId, "S08");

        participant(s07).body(edit("Notre offre 2026", null)).put(path(eventId, "/applications/S07")).then().statusCode(200)
                .body("offer", equalTo("Notre offre 2026"));
        participant(s07).body(edit("x", null)).put(path(eventId, "/applications/S08")).then().statusCode(404); // another structure's: not even found
        organizer().body(edit("Offre corrigée", null)).put(path(eventId, "/applications/S07")).then().statusCode(422)
                .body("problems[0].location", equalTo("reason"));
        organizer().body(edit("Offre corrigée", "coquille signalée par téléphone")).put(path(eventId, "/applications/S07"))
                .then().statusCode(200).body("offer", equalTo("Offre corrigée"));
        organizer().get(path(eventId, "/audit")).then()
                .body("findAll { it.structure == 'S07' }.reason", equalTo(List.of("applied to pitch",
                        "application edited by structure S07", "application edited by organizer: coquille signalée par téléphone")))
                .body("findAll { it.structure == 'S07' }[-1].to", equalTo("APPLIED"));

        // the call closes: the structure can no longer edit, the organizer still can
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(3).toString(), "closesAt", now.minusDays(1).toString()))
                .put(path(eventId, "/call")).then().statusCode(200);
        participant(s07).body(edit("Trop tard", null)).put(path(eventId, "/applications/S07")).then().statusCode(409)
                .body("error", containsString("the call for pitches is closed"));
        organizer().get(path(eventId, "/applications/S07")).then().body("offer", equalTo("Offre corrigée"));

        organizer().delete(path(eventId, "/applications/S08")).then().statusCode(422)
                .body("problems[0].location", equalTo("reason"));
        organizer().queryParam("reason", "doublon de S07").delete(path(eventId, "/applications/S08")).then().statusCode(200)
                .body("from", equalTo("APPLIED")).body("to", nullValue());
        organizer().get(path(eventId, "/applications/S08")).then().statusCode(404);
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("structures.find { it.ref == 'S08' }.pitch", nullValue());

        PitchApi.review(eventId, "S07", "Alice", 4.0);
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200);
        organizer().queryParam("reason", "x").delete(path(eventId, "/applications/S07")).then().statusCode(409)
                .body("error", containsString("withdraw the application instead"));
    }

    private static Map<String, Object> edit(String offer, String reason) {
        Map<String, Object> body = new HashMap<>(PitchApi.application("S07"));
        body.remove("structure");
        body.put("offer", offer);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }
}
