package fr.openmap.pitch;

import fr.openmap.TestEvents;
import io.restassured.response.Response;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;

/** Test helpers for the call for pitches: an event without pitch statuses, an open call, applications and reviews. */
final class PitchApi {

    static final List<String> CRITERIA = List.of("relevance", "socialImpact", "innovation", "readiness");

    private PitchApi() {
    }

    /** Imports the example event with every structure's pitch status removed. */
    static Response importEventWithoutPitches() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.list(file, "structures").forEach(s -> s.remove("pitch"));
        return TestEvents.importEvent(file);
    }

    /** Opens the call now (it closes in a week), with the given extra settings. */
    static void openCall(long eventId, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
        body.put("opensAt", now.minusDays(1).withSecond(0).withNano(0).toString());
        body.put("closesAt", now.plusDays(7).withSecond(0).withNano(0).toString());
        body.putAll(extra);
        organizer().body(body).put(path(eventId, "/call")).then().statusCode(200);
    }

    static Map<String, Object> application(String ref) {
        return Map.of("structure", ref,
                "presentation", "Entreprise d'insertion en restauration collective",
                "offer", "Plateaux-repas et cocktails pour les services publics",
                "socialImpact", "24 salariés en insertion, 30 000 heures par an, 60 % de sorties dynamiques",
                "references", List.of("Ville de Paris", "Département de la Seine-Saint-Denis"));
    }

    static void apply(long eventId, String ref) {
        organizer().body(application(ref)).post(path(eventId, "/applications")).then().statusCode(201);
    }

    /** A review whose weighted score (equal weights) is exactly {@code weighted}, a multiple of 0.25. */
    static void review(long eventId, String ref, String reviewer, double weighted) {
        organizer().body(Map.of("structure", ref, "reviewer", reviewer, "scores", scoresFor(weighted)))
                .post(path(eventId, "/reviews")).then().statusCode(201);
    }

    /** Four whole scores whose mean is {@code weighted}: 4.25 gives 5, 4, 4, 4. */
    static Map<String, Integer> scoresFor(double weighted) {
        int total = (int) Math.round(weighted * 4);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            scores.put(CRITERIA.get(i), total / 4 + (i < total % 4 ? 1 : 0));
        }
        return scores;
    }

    static String path(long eventId, String rest) {
        return "/api/events/" + eventId + "/pitch" + rest;
    }
}
