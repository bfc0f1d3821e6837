package fr.openmap.pitch;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static fr.openmap.pitch.PitchApi.path;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@Tag("persistence")
class PitchApplicationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    long eventId;
    Response imported;

    @BeforeEach
    void openCall() {
        imported = PitchApi.importEventWithoutPitches();
        eventId = imported.jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of());
    }

    @Test
    void aStructureAppliesWithItsOwnTokenAndBecomesApplied() {
        participant(TestEvents.tokenOf(imported, "S04")).body(PitchApi.application("S04"))
                .post(path(eventId, "/applications")).then().statusCode(201)
                .body("structure", equalTo("S04")).body("status", equalTo("APPLIED"))
                .body("references", equalTo(List.of("Ville de Paris", "Département de la Seine-Saint-Denis")))
                .body("submittedBy", equalTo("structure S04"));
        participant(TestEvents.tokenOf(imported, "S04")).get(path(eventId, "/applications/S04")).then().statusCode(200)
                .body("offer", equalTo("Plateaux-repas et cocktails pour les services publics"));
        // another structure may neither read it nor apply in its name: for it they do not exist; a buyer may not at all
        participant(TestEvents.tokenOf(imported, "S05")).get(path(eventId, "/applications/S04")).then().statusCode(404);
        participant(TestEvents.tokenOf(imported, "S05")).body(PitchApi.application("S06"))
                .post(path(eventId, "/applications")).then().statusCode(404);
        participant(TestEvents.tokenOf(imported, "B04")).get(path(eventId, "/applications")).then().statusCode(403);
        participant(TestEvents.tokenOf(imported, "B04")).get(path(eventId, "/applications/S04")).then().statusCode(403);
        organizer().get(path(eventId, "/applications")).then().statusCode(200).body("structure", equalTo(List.of("S04")));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("structures.find { it.ref == 'S04' }.pitch.status", equalTo("APPLIED"))
                .body("structures.find { it.ref == 'S05' }.pitch", nullValue());
        organizer().get(path(eventId, "/audit")).then().body("size()", equalTo(1))
                .body("[0].to", equalTo("APPLIED")).body("[0].actor", equalTo("structure S04"));
    }

    @Test
    void aSecondApplicationIsAConflict() {
        PitchApi.apply(eventId, "S02");
        participant(TestEvents.tokenOf(imported, "S02")).body(PitchApi.application("S02"))
                .post(path(eventId, "/applications")).then().statusCode(409)
                .body("error", equalTo("'S02' has already applied to pitch at this event"));
    }

    @Test
    void noApplicationOutsideTheCallWindow() {
        LocalDateTime now = LocalDateTime.now();
        organizer().body(Map.of("opensAt", "2018-04-01T09:00", "closesAt", "2018-04-30T18:00"))
                .put(path(eventId, "/call")).then().statusCode(200).body("open", equalTo(false));
        organizer().body(PitchApi.application("S03")).post(path(eventId, "/applications")).then().statusCode(409)
                .body("error", equalTo("the call for pitches is closed: it closed on 2018-04-30T18:00 (Europe/Paris)"));
        organizer().body(Map.of("opensAt", now.plusDays(2).withNano(0).toString(), "closesAt", now.plusDays(9).withNano(0).toString()))
                .put(path(eventId, "/call")).then().statusCode(200);
        organizer().body(PitchApi.application("S03")).post(path(eventId, "/applications")).then().statusCode(409)
                .body("error", startsWith("the call for pitches is closed: it opens on "));
        organizer().get(path(eventId, "/applications")).then().body("size()", equalTo(0));
    }

    @Test
    void unknownStructureAndBadFieldsAreNamed() {
        organizer().body(PitchApi.application("S99")).post(path(eventId, "/applications")).then().statusCode(404)
                .body("error", equalTo("no structure 'S99' in event " + eventId));
        Map<String, Object> bad = new HashMap<>(PitchApi.application("S01"));
        bad.put("presentation", " ");
        bad.remove("socialImpact");
        bad.put("references", Arrays.asList("ok", ""));
        organizer().body(bad).post(path(eventId, "/applications")).then().statusCode(422)
                .body("problems.location", containsInAnyOrder("presentation", "socialImpact", "references[1]"))
                .body("problems.find { it.location == 'socialImpact' }.message", equalTo("is required"));
        organizer().get(path(eventId, "/applications")).then().body("size()", equalTo(0));
    }

    @Test
    void theDossierMustReallyBeAPdfOfAtMostFiveMegabytes() {
        PitchApi.apply(eventId, "S01");
        String token = TestEvents.tokenOf(imported, "S01");
        given().header("Authorization", "Bearer " + token).contentType("application/pdf")
                .body("this is a text file".getBytes(StandardCharsets.UTF_8))
                .put(path(eventId, "/applications/S01/dossier")).then().statusCode(422)
                .body("problems[0].location", equalTo("dossier"))
                .body("problems[0].message", equalTo("is not a PDF file (it does not start with %PDF-)"));
        given().header("Authorization", "Bearer " + token).contentType("text/plain").body(PDF)
                .put(path(eventId, "/applications/S01/dossier")).then().statusCode(422)
                .body("problems[0].location", equalTo("Content-Type"));
        byte[] tooBig = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        given().header("Authorization", "Bearer " + token).contentType("application/pdf").body(tooBig)
                .put(path(eventId, "/applications/S01/dossier")).then().statusCode(422)
                .body("problems[0].message", startsWith("is 5242881 bytes: 5 MB"));
        organizer().get(path(eventId, "/applications/S01/dossier")).then().statusCode(404);

        given().header("Authorization", "Bearer " + token).contentType("application/pdf").body(PDF)
                .put(path(eventId, "/applications/S01/dossier")).then().statusCode(200).body("sizeBytes", equalTo(PDF.length));
        byte[] stored = organizer().get(path(eventId, "/applications/S01/dossier")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, stored);
        organizer().get(path(eventId, "/applications/S01")).then().body("dossierSizeBytes", equalTo(PDF.length));
        // no dossier for a structure that has not applied
        given().auth().preemptive().basic("organizer", "test-secret").contentType("application/pdf").body(PDF)
                .put(path(eventId, "/applications/S02/dossier")).then().statusCode(404)
                .body("error", equalTo("'S02' has not applied to pitch"));
    }

    @Test
    void callSettingsAreValidated() {
        organizer().body(Map.of("opensAt", "2018-05-01T09:00", "closesAt", "2018-04-01", "waitlistSize", -1,
                        "criteria", Map.of("relevance", 0)))
                .put(path(eventId, "/call")).then().statusCode(422)
                .body("problems.location", hasItem("closesAt"))
                .body("problems.location", hasItem("waitlistSize"))
                .body("problems.location", hasItem("criteria.relevance"));
        participant(TestEvents.tokenOf(imported, "S01")).get(path(eventId, "/call")).then().statusCode(200)
                .body("criteria.relevance", equalTo(1.0f)).body("waitlistSize", equalTo(1)).body("open", equalTo(true));
    }
}
