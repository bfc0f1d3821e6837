package fr.openmap.pitch;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static fr.openmap.pitch.PitchApi.path;
import static fr.openmap.pitch.PitchApi.review;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@Tag("persistence")
class PitchWithdrawalNotificationTest {

    @Inject
    OutboxProbe outbox;

    long eventId;
    Response imported;

    /** Nine applications S01..S09 ranked in that order; six selected, S07 and S08 wait-listed, S09 not selected. */
    @BeforeEach
    void selection() {
        imported = PitchApi.importEventWithoutPitches();
        eventId = imported.jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of("waitlistSize", 2, "coachingAt", "2018-05-03T14:00",
                "coachingPlace", "Les Canaux"));
        for (int i = 1; i <= 9; i++) {
            String ref = String.format("S%02d", i);
            PitchApi.apply(eventId, ref);
            review(eventId, ref, "Alice", 5.25 - 0.25 * i);
        }
        outbox.setLanguage(eventId, "S02", "en");
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200);
    }

    @Test
    void withdrawingASelectedStructurePromotesTheFirstWaitlistedAndTellsItAtOnce() {
        organizer().get(path(eventId, "/running-order")).then()
                .body("pitches.structure", contains("S01", "S02", "S03", "S04", "S05", "S06"))
                .body("pitches[2].start", equalTo("10:30"));
        participant(TestEvents.tokenOf(imported, "S04")).body(Map.of("reason", "a delivery that morning"))
                .post(path(eventId, "/S03/withdraw")).then().statusCode(404);
        participant(TestEvents.tokenOf(imported, "S03")).body(Map.of("reason", "a delivery that morning"))
                .post(path(eventId, "/S03/withdraw")).then().statusCode(200)
                .body("withdrawn.to", equalTo("WITHDRAWN"))
                .body("withdrawn.reason", equalTo("withdrawn by structure S03: a delivery that morning"))
                .body("promoted.structure", equalTo("S07"))
                .body("promoted.from", equalTo("WAITLISTED"))
                .body("promotionNotice.kind", equalTo("PITCH_PROMOTED"));

        // S07 takes S03's place; nobody else's time moves
        organizer().get(path(eventId, "/running-order")).then()
                .body("pitches.structure", contains("S01", "S02", "S07", "S04", "S05", "S06"))
                .body("pitches[2].start", equalTo("10:30")).body("pitches[2].end", equalTo("10:37"));
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("structures.find { it.ref == 'S03' }.pitch.status", equalTo("WITHDRAWN"))
                .body("structures.find { it.ref == 'S07' }.pitch.status", equalTo("SELECTED"))
                .body("structures.find { it.ref == 'S08' }.pitch.status", equalTo("WAITLISTED"));

        List<OutboxProbe.Row> rows = outbox.rows(eventId);
        assertEquals(1, rows.size());
        OutboxProbe.Row promoted = rows.get(0);
        assertEquals("S07", promoted.ref());
        assertEquals("PITCH_PROMOTED", promoted.kind());
        assertEquals("PENDING", promoted.status());
        assertTrue(promoted.text().contains("pitch n° 3, de 10 h 30 à 10 h 37"), promoted.text());
        assertTrue(promoted.text().contains("jeudi 3 mai 2018 à 14 h 00, Les Canaux"), promoted.text());

        // a not-selected structure cannot withdraw, nor can the same one twice
        organizer().post(path(eventId, "/S03/withdraw")).then().statusCode(409)
                .body("error", equalTo("'S03' cannot withdraw: its pitch status is WITHDRAWN"));
    }

    @Test
    void twoWithdrawalsAtOnceEachPromoteADifferentWaitlistedStructure() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> promoted = new ArrayList<>();
            for (String ref : List.of("S01", "S02")) {
                promoted.add(pool.submit(() -> {
                    start.await();
                    return participant(TestEvents.tokenOf(imported, ref)).post(path(eventId, "/" + ref + "/withdraw"))
                            .then().statusCode(200).extract().path("promoted.structure");
                }));
            }
            start.countDown();
            Set<String> promotedRefs = new HashSet<>();
            for (Future<String> future : promoted) {
                promotedRefs.add(future.get(30, TimeUnit.SECONDS));
            }
            assertEquals(Set.of("S07", "S08"), promotedRefs, "each freed place goes to a different structure");
        } finally {
            pool.shutdownNow();
        }
        organizer().get("/api/events/" + eventId + "/export").then()
                .body("structures.findAll { it.pitch?.status == 'SELECTED' }.ref",
                        contains("S03", "S04", "S05", "S06", "S07", "S08"));
        assertEquals(List.of("S07", "S08"), outbox.rows(eventId).stream().map(OutboxProbe.Row::ref).sorted().toList(),
                "one promotion message each");
    }

    @Test
    void oneMessagePerApplicantForItsCurrentStatusThenOnlyUpdates() {
        organizer().get(path(eventId, "/notifications/preview")).then().statusCode(200)
                .body("structure", contains("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09"))
                .body("kind", contains("PITCH_SELECTED", "PITCH_SELECTED", "PITCH_SELECTED", "PITCH_SELECTED",
                        "PITCH_SELECTED", "PITCH_SELECTED", "PITCH_WAITLISTED", "PITCH_WAITLISTED", "PITCH_NOT_SELECTED"));
        assertEquals(0, outbox.rows(eventId).size(), "a preview writes nothing");

        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200).body("size()", equalTo(9));
        List<OutboxProbe.Row> rows = outbox.rows(eventId);
        Map<String, OutboxProbe.Row> byRef = rows.stream().collect(Collectors.toMap(OutboxProbe.Row::ref, r -> r));
        assertEquals(9, byRef.size(), "one message per applicant");
        assertTrue(byRef.get("S01").text().contains("pitch n° 1, de 10 h 15 à 10 h 22"), byRef.get("S01").text());
        assertTrue(byRef.get("S01").html().contains("<strong>jeudi 3 mai 2018 à 14 h 00</strong>"), byRef.get("S01").html());
        assertTrue(byRef.get("S02").subject().startsWith("Your pitch is selected"), byRef.get("S02").subject());
        assertTrue(byRef.get("S02").text().contains("Your turn: pitch no. 2, from 10:22 to 10:30"), byRef.get("S02").text());
        assertTrue(byRef.get("S07").text().contains("en position 1"), byRef.get("S07").text());
        assertTrue(byRef.get("S08").text().contains("en position 2"), byRef.get("S08").text());
        assertTrue(byRef.get("S09").text().contains("rencontres bilatérales avec les acheteurs publics"), byRef.get("S09").text());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("PENDING")));

        // nothing new to tell: sending again writes nothing
        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200).body("size()", equalTo(0));
        assertEquals(9, outbox.rows(eventId).size());

        // a change after notification: only that structure gets the new status, worded as an update
        organizer().body(Map.of("status", "SELECTED", "reason", "second thoughts of the jury"))
                .post(path(eventId, "/S09/status")).then().statusCode(200);
        organizer().post(path(eventId, "/notifications/send")).then().statusCode(200)
                .body("structure", contains("S09")).body("kind", contains("PITCH_SELECTED")).body("update", contains(true));
        OutboxProbe.Row update = outbox.rows(eventId).get(9);
        assertEquals("S09", update.ref());
        assertTrue(update.subject().startsWith("Mise à jour : votre pitch est retenu"), update.subject());
        assertTrue(update.text().contains("Votre situation a changé depuis notre précédent message"), update.text());
    }

    @Test
    void nothingToTellBeforeTheSelection() {
        long other = PitchApi.importEventWithoutPitches().jsonPath().getLong("id");
        PitchApi.openCall(other, Map.of());
        organizer().post(path(other, "/notifications/send")).then().statusCode(409)
                .body("error", equalTo("there is nothing to tell applicants before the selection is made"));
    }
}
