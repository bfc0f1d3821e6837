package fr.openmap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helpers: the example event as an editable JSON tree, and callers with the right credentials. */
public final class TestEvents {

    public static final String EXAMPLE = "demo/openmap-ess-2018-05-17.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** The 17 May 2018 example as a mutable JSON tree, with a fresh slug so tests don't collide. */
    public static Map<String, Object> example() {
        Map<String, Object> file = read(EXAMPLE);
        event(file).put("slug", "test-" + UUID.randomUUID().toString().substring(0, 8));
        return file;
    }

    public static Map<String, Object> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return JSON.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> event(Map<String, Object> file) {
        return (Map<String, Object>) file.get("event");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> file, String key) {
        return (List<Map<String, Object>>) file.get(key);
    }

    public static RequestSpecification organizer() {
        return given().auth().preemptive().basic("organizer", "test-secret").contentType(ContentType.JSON);
    }

    public static RequestSpecification participant(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Imports the file as the organizer, expecting 201. */
    public static Response importEvent(Map<String, Object> file) {
        return organizer().body(file).post("/api/events/import").then().statusCode(201).extract().response();
    }

    public static long importExample() {
        return importEvent(example()).jsonPath().getLong("id");
    }

    public static String tokenOf(Response imported, String ref) {
        return imported.jsonPath().getString("tokens.find { it.ref == '" + ref + "' }.token");
    }

    public static long eventCount() {
        return organizer().get("/api/events").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** Waits for the running solve of the event to end, and expects it SOLVED. */
    public static JsonPath waitUntilSolved(long eventId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonPath timetable = organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200)
                    .extract().jsonPath();
            if (!"SOLVING".equals(timetable.getString("status"))) {
                assertEquals("SOLVED", timetable.getString("status"), () -> "run ended: " + timetable.getString("error"));
                return timetable;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the timetable was not solved in time");
    }

    /** Solves the event through the API and waits for the timetable. */
    public static JsonPath solve(long eventId, boolean fresh) throws InterruptedException {
        organizer().post("/api/events/" + eventId + "/timetable/solve" + (fresh ? "?fresh=true" : ""))
                .then().statusCode(202).body("status", equalTo("SOLVING"));
        return waitUntilSolved(eventId);
    }

    /**
     * The example with a tenth buyer whose two structures can only meet them at 11:00 and from 11:24 on:
     * the buyer's 11:12 slot stays idle in every plan, so the bound (no idle slot) is out of reach.
     */
    public static Map<String, Object> withAnIdleSlotNoPlanAvoids() {
        Map<String, Object> file = example();
        list(file, "buyers").add(new HashMap<>(Map.of("ref", "B10", "organization", "Ville de Test",
                "service", "Achats", "contactName", "Camille Test", "email", "camille@ville.example.org")));
        list(file, "structures").add(new HashMap<>(Map.of("ref", "S98", "name", "Tôt le matin",
                "legalForm", "SCOP", "siret", "12345678000014", "department", "75", "sector", "nettoyage",
                "contactName", "Alex Tôt", "email", "alex@tot.example.org",
                "unavailable", List.of(Map.of("start", "11:10", "end", "12:30")))));
        list(file, "structures").add(new HashMap<>(Map.of("ref", "S99", "name", "Plus tard",
                "legalForm", "SCOP", "siret", "12345678000022", "department", "75", "sector", "nettoyage",
                "contactName", "Sam Tard", "email", "sam@tard.example.org",
                "unavailable", List.of(Map.of("start", "11:00", "end", "11:22")))));
        list(file, "requests").add(new HashMap<>(Map.of("from", "S98", "to", "B10", "priority", 1, "status", "ACCEPTED")));
        list(file, "requests").add(new HashMap<>(Map.of("from", "S99", "to", "B10", "priority", 1, "status", "ACCEPTED")));
        return file;
    }
}
