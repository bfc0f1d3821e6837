package fr.openmap.requests;

import fr.openmap.Concurrently;
import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine of meeting requests: who may answer or withdraw, when, and what is recorded. */
@QuarkusTest
@Tag("persistence")
class RequestAnswerTest {

    private static final String FROZEN = "answers to requests were frozen on 16 May 2018 at 18:00 by the organizer:"
            + " only the organizer can change requests now";

    long eventId;
    Response imported;

    @BeforeEach
    void importExample() {
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
    }

    private io.restassured.specification.RequestSpecification as(String ref) {
        return participant(TestEvents.tokenOf(imported, ref));
    }

    private String requests() {
        return "/api/events/" + eventId + "/requests";
    }

    /** A new PENDING request from {@code from} to {@code to}, asked by the organizer. */
    private long ask(String from, String to) {
        return organizer().body(Map.of("from", from, "to", to, "priority", 2)).post(requests())
                .then().statusCode(201).body("answeredBy", nullValue()).body("answeredAt", nullValue())
                .extract().jsonPath().getLong("id");
    }

    private JsonPath stored(long id) {
        List<Map<String, Object>> all = organizer().get(requests()).then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> found = all.stream().filter(r -> ((Number) r.get("id")).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " is gone"));
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString());
    }

    private boolean exists(long id) {
        List<Integer> ids = organizer().get(requests()).jsonPath().getList("id");
        return ids.stream().anyMatch(i -> i == id);
    }

    private void freeze(Object at) {
        Map<String, Object> body = new HashMap<>();
        body.put("at", at);
        organizer().body(body).put("/api/events/" + eventId + "/answers-freeze").then().statusCode(200);
    }

    @Test
    void theAskedSideAnswersAndMayChangeItsMindWithWhoAndWhenRecorded() {
        long id = ask("S08", "B05");
        Instant before = Instant.now().minusSeconds(1);
        String acceptedAt = as("B05").post(requests() + "/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("answeredBy", equalTo("B05"))
                .extract().path("answeredAt");
        Instant accepted = OffsetDateTime.parse(acceptedAt).toInstant();
        assertTrue(!accepted.isBefore(before) && !accepted.isAfter(Instant.now()), acceptedAt);
        assertTrue(acceptedAt.endsWith("+01:00"), "in the event's time zone (Paris, winter): " + acceptedAt);

        as("B05").post(requests() + "/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("answeredBy", equalTo("B05"));
        String declinedAt = stored(id).getString("answeredAt");
        assertFalse(OffsetDateTime.parse(declinedAt).toInstant().isBefore(accepted));
        as("B05").post(requests() + "/" + id + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void answeringTheSameWayTwiceChangesNothing() throws InterruptedException {
        long id = ask("B09", "S20");
        JsonPath first = as("S20").post(requests() + "/" + id + "/decline").then().statusCode(200).extract().jsonPath();
        Thread.sleep(20);
        as("S20").post(requests() + "/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("answeredBy", equalTo("S20"))
                .body("answeredAt", equalTo(first.getString("answeredAt")));
        // the organizer giving the same answer does not take it over either
        organizer().post(requests() + "/" + id + "/decline").then().statusCode(200)
                .body("answeredBy", equalTo("S20")).body("answeredAt", equalTo(first.getString("answeredAt")));
        assertEquals(first.getString("answeredAt"), stored(id).getString("answeredAt"));
    }

    @Test
    void onlyTheAskedSideOrTheOrganizerAnswers() {
        long id = ask("S08", "B05");
        as("S08").post(requests() + "/" + id + "/accept").then().statusCode(403)
                .body("error", equalTo("only the one who was asked may answer a request"));
        as("B06").post(requests() + "/" + id + "/accept").then().statusCode(404);
        assertEquals("PENDING", stored(id).getString("status"));
        organizer().post(requests() + "/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("answeredBy", equalTo("organizer"))
                .body("answeredAt", notNullValue());
    }

    @Test
    void theAskerWithdrawsPendingOrAcceptedButNotDeclinedRequests() {
        long pending = ask("S08", "B05");
        as("B05").post(requests() + "/" + pending + "/withdraw").then().statusCode(403)
                .body("error", equalTo("only the one who asked may withdraw a request"));
        as("S08").post(requests() + "/" + pending + "/withdraw").then().statusCode(204);
        assertFalse(exists(pending));

        long accepted = ask("S08", "B07");
        as("B07").post(requests() + "/" + accepted + "/accept").then().statusCode(200);
        as("S08").delete(requests() + "/" + accepted).then().statusCode(204);
        assertFalse(exists(accepted));
        // answering a request that was withdrawn
        as("B07").post(requests() + "/" + accepted + "/accept").then().statusCode(404);

        long declined = ask("S08", "B08");
        as("B08").post(requests() + "/" + declined + "/decline").then().statusCode(200);
        as("S08").post(requests() + "/" + declined + "/withdraw").then().statusCode(409).body("error", equalTo(
                "this request was declined: it stays on record and cannot be withdrawn (the organizer can remove it)"));
        assertEquals("DECLINED", stored(declined).getString("status"));
        // so it cannot be asked again either
        as("S08").body(Map.of("from", "S08", "to", "B08", "priority", 1)).post(requests()).then().statusCode(409);
        organizer().post(requests() + "/" + declined + "/withdraw").then().statusCode(204);
        assertFalse(exists(declined));
    }

    @Test
    void aFreezeStopsParticipantsButNotTheOrganizer() {
        long pending = ask("S08", "B05");
        long accepted = ask("B09", "S20");
        as("S20").post(requests() + "/" + accepted + "/accept").then().statusCode(200);
        String acceptedAt = stored(accepted).getString("answeredAt");

        freeze("2018-05-16T18:00:00+02:00");
        organizer().get("/api/events/" + eventId + "/answers-freeze").then().statusCode(200)
                .body("at", equalTo("2018-05-16T18:00:00+02:00"));
        as("B05").get("/api/events/" + eventId + "/answers-freeze").then().statusCode(200)
                .body("at", equalTo("2018-05-16T18:00:00+02:00"));

        as("B05").post(requests() + "/" + pending + "/accept").then().statusCode(409).body("error", equalTo(FROZEN));
        as("S20").post(requests() + "/" + accepted + "/decline").then().statusCode(409).body("error", equalTo(FROZEN));
        as("B09").post(requests() + "/" + accepted + "/withdraw").then().statusCode(409).body("error", equalTo(FROZEN));
        // the same answer again is still harmless
        as("S20").post(requests() + "/" + accepted + "/accept").then().statusCode(200)
                .body("answeredAt", equalTo(acceptedAt));
        assertEquals("PENDING", stored(pending).getString("status"));
        assertEquals("ACCEPTED", stored(accepted).getString("status"));

        organizer().post(requests() + "/" + pending + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("answeredBy", equalTo("organizer"));
        organizer().post(requests() + "/" + accepted + "/withdraw").then().statusCode(204);

        // lifted: participants answer again; a freeze still to come does not stop them
        freeze(null);
        organizer().get("/api/events/" + eventId + "/answers-freeze").then().body("at", nullValue());
        as("B05").post(requests() + "/" + pending + "/accept").then().statusCode(200).body("answeredBy", equalTo("B05"));
        freeze("2100-01-01T00:00");
        organizer().get("/api/events/" + eventId + "/answers-freeze").then().body("at", equalTo("2100-01-01T00:00:00+01:00"));
        as("B05").post(requests() + "/" + pending + "/decline").then().statusCode(200);
    }

    @Test
    void onlyTheOrganizerSetsAValidFreeze() {
        String path = "/api/events/" + eventId + "/answers-freeze";
        as("B05").body(Map.of("at", "2018-05-16T18:00:00+02:00")).put(path).then().statusCode(403);
        organizer().body(Map.of("at", "tomorrow")).put(path).then().statusCode(422)
                .body("problems[0].location", equalTo("at"));
        organizer().body(Map.of("at", "+999999999-01-01T00:00:00Z")).put(path).then().statusCode(422)
                .body("problems[0].location", equalTo("at"));
        organizer().get(path).then().statusCode(200).body("at", nullValue());
        organizer().body(Map.of("at", "2018-05-16T16:00:00Z")).put("/api/events/999999/answers-freeze").then().statusCode(404);
    }

    @Test
    void theFreezeTravelsInTheEventFile() {
        freeze("2018-05-16T16:00:00Z");
        Map<String, Object> file = organizer().get("/api/events/" + eventId + "/export").then().statusCode(200)
                .body("event.answersFrozenAt", equalTo("2018-05-16T18:00:00+02:00"))
                .extract().jsonPath().getMap("$");
        TestEvents.event(file).put("slug", "frozen-" + eventId);
        Response copy = TestEvents.importEvent(file);
        long copyId = copy.jsonPath().getLong("id");
        organizer().get("/api/events/" + copyId + "/answers-freeze").then().body("at", equalTo("2018-05-16T18:00:00+02:00"));
        long id = organizer().get("/api/events/" + copyId + "/requests").jsonPath().getLong("find { it.from == 'S07' && it.to == 'B01' }.id");
        participant(TestEvents.tokenOf(copy, "B01")).post("/api/events/" + copyId + "/requests/" + id + "/decline")
                .then().statusCode(409).body("error", equalTo(FROZEN));

        Map<String, Object> bad = TestEvents.example();
        TestEvents.event(bad).put("answersFrozenAt", "16/05/2018 18h");
        organizer().body(bad).post("/api/events/import").then().statusCode(422)
                .body("problems.location", hasItem("$.event.answersFrozenAt"));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("event.answersFrozenAt", equalTo("2018-05-16T18:00:00+02:00"));
        Map<String, Object> plain = TestEvents.example();
        long plainId = TestEvents.importEvent(plain).jsonPath().getLong("id");
        organizer().get("/api/events/" + plainId + "/export").then()
                .body("event", not(org.hamcrest.Matchers.hasKey("answersFrozenAt")));
    }

    @Test
    void answersAtOnceEndInOneConsistentState() throws Exception {
        long id = ask("S08", "B05");
        List<Response> responses = Concurrently.run(10, i -> as("B05").post(requests() + "/" + id + (i % 2 == 0 ? "/accept" : "/decline")));

        responses.forEach(r -> assertTrue(r.statusCode() < 500, () -> "a 5xx: " + r.asString()));
        assertEquals(10, Concurrently.count(responses, 200), () -> "statuses " + Concurrently.statuses(responses));
        // the last answer written is the one that stays, with its own time
        JsonPath last = responses.stream().map(Response::jsonPath)
                .max(Comparator.comparing(j -> OffsetDateTime.parse(j.getString("answeredAt")).toInstant())).orElseThrow();
        JsonPath now = stored(id);
        assertEquals(last.getString("status"), now.getString("status"));
        assertEquals(last.getString("answeredAt"), now.getString("answeredAt"));
        assertEquals("B05", now.getString("answeredBy"));
    }

    @Test
    void aWithdrawalAndAnAnswerAtOnceNeverFail() throws Exception {
        for (int round = 0; round < 4; round++) {
            String asked = List.of("B01", "B02", "B04", "B05").get(round);
            long id = ask("S14", asked);
            List<Response> responses = Concurrently.run(2, i -> i == 0
                    ? as("S14").post(requests() + "/" + id + "/withdraw")
                    : as(asked).post(requests() + "/" + id + "/accept"));
            responses.forEach(r -> assertTrue(r.statusCode() < 500, () -> "a 5xx: " + r.asString()));
            assertEquals(204, responses.get(0).statusCode(), () -> responses.get(0).asString());
            int answer = responses.get(1).statusCode();
            assertTrue(answer == 200 || answer == 404, () -> "answer " + answer + ": " + responses.get(1).asString());
            assertFalse(exists(id), "the withdrawal went through");
        }
    }

    @Test
    void theSameRequestAskedTenTimesAtOnceIsStoredOnce() throws Exception {
        List<Response> responses = Concurrently.run(10, i -> as("S14").body(Map.of("from", "S14", "to", "B01", "priority", 1))
                .post(requests()));
        responses.forEach(r -> assertTrue(r.statusCode() < 500, () -> "a 5xx: " + r.asString()));
        assertEquals(1, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
            assertEquals(409, r.statusCode());
            assertEquals("'S14' has already asked 'B01' for a meeting", r.jsonPath().getString("error"));
        });
        List<Map<String, Object>> all = organizer().get(requests()).jsonPath().getList("$");
        assertEquals(1, all.stream().filter(r -> "S14".equals(r.get("from")) && "B01".equals(r.get("to"))).count());
    }

    @Test
    void anAnswerForAStatusSeenBeforeIsRefusedOnceTheRequestChanged() {
        long id = ask("S01", "B09");
        as("B09").post(requests() + "/" + id + "/accept?seen=PENDING").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        // the organizer answers from what they saw before the buyer's answer: refused, nothing written
        organizer().post(requests() + "/" + id + "/decline?seen=PENDING").then().statusCode(409)
                .body("error", equalTo("request " + id + " changed in the meantime: it is now accepted (answer of B09):"
                        + " look at it again before answering"));
        assertEquals("ACCEPTED", stored(id).getString("status"));
        assertEquals("B09", stored(id).getString("answeredBy"));
        organizer().post(requests() + "/" + id + "/decline?seen=ACCEPTED").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("answeredBy", equalTo("organizer"));
        organizer().post(requests() + "/" + id + "/accept?seen=maybe").then().statusCode(422)
                .body("problems[0].location", equalTo("seen"));
    }

    @Test
    void anAnswerThroughTheApiCarriesAnOptionalMessageThatTheAskerReadsOnItsPage() {
        long id = ask("S08", "B05");
        as("B05").body(Map.of("message", "Avec plaisir, à jeudi")).post(requests() + "/" + id + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("answerMessage", equalTo("Avec plaisir, à jeudi"));
        assertEquals("Avec plaisir, à jeudi", stored(id).getString("answerMessage"));
        // shown to the one who asked, as an answer given on the page is
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + TestEvents.tokenOf(imported, "S08"))
                .accept("text/html").get("/p/" + eventId + "/S08").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Avec plaisir, à jeudi"));

        // too long: 422 naming the field, nothing written
        as("B05").body(Map.of("message", "x".repeat(1001))).post(requests() + "/" + id + "/decline").then()
                .statusCode(422).body("problems.location", org.hamcrest.Matchers.hasItem("message"));
        assertEquals("ACCEPTED", stored(id).getString("status"));
        assertEquals("Avec plaisir, à jeudi", stored(id).getString("answerMessage"));

        // no body: an answer without a message, as before
        as("B05").post(requests() + "/" + id + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));
        assertNull(stored(id).getString("answerMessage"));
    }

    @Test
    void anAnswerWithoutBodyOrContentTypeAsCurlSendsItIsRecorded() throws Exception {
        long id = ask("S08", "B05");
        java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + requests() + "/" + id + "/accept"))
                .header("Authorization", "Bearer " + TestEvents.tokenOf(imported, "B05"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(post,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("ACCEPTED", stored(id).getString("status"));
    }
}
