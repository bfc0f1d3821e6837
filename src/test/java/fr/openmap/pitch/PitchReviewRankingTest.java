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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@Tag("persistence")
class PitchReviewRankingTest {

    long eventId;

    @BeforeEach
    void applications() {
        eventId = PitchApi.importEventWithoutPitches().jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of());
        List.of("S01", "S02", "S03", "S04").forEach(ref -> PitchApi.apply(eventId, ref));
    }

    @Test
    void theRankingUsesTheMedianAndFlagsDisagreement() {
        // S01: one harsh reviewer; mean 3.5 but median 4.0, spread 3.5
        review(eventId, "S01", "Alice", 5.0);
        review(eventId, "S01", "Bruno", 1.5);
        review(eventId, "S01", "Chloé", 4.0);
        // S02: consistent 3.75, above S01 by mean (3.75 > 3.5) but below it by median
        review(eventId, "S02", "Alice", 3.75);
        review(eventId, "S02", "Bruno", 3.75);
        review(eventId, "S02", "Chloé", 3.5);
        // S03: two reviewers exactly 1.5 apart: flagged; S04: 1.25 apart: not flagged
        review(eventId, "S03", "Alice", 4.0);
        review(eventId, "S03", "Bruno", 2.5);
        review(eventId, "S04", "Alice", 4.0);
        review(eventId, "S04", "Bruno", 2.75);

        organizer().get(path(eventId, "/ranking")).then().statusCode(200)
                .body("structure", contains("S01", "S02", "S04", "S03"))
                .body("rank", contains(1, 2, 3, 4))
                .body("median", contains(4.0f, 3.75f, 3.375f, 3.25f))
                .body("disagreement", contains(true, false, false, true))
                .body("[0].spread", equalTo(3.5f))
                .body("[0].reviewCount", equalTo(3))
                .body("[0].reviews.reviewer", contains("Alice", "Bruno", "Chloé"));
    }

    @Test
    void aReviewerReplacesTheirOwnReviewUntilTheSelection() {
        review(eventId, "S01", "Alice", 2.0);
        organizer().body(Map.of("structure", "S01", "reviewer", "Alice", "scores", PitchApi.scoresFor(4.5)))
                .post(path(eventId, "/reviews")).then().statusCode(200).body("weightedScore", equalTo(4.5f));
        organizer().get(path(eventId, "/reviews")).then().body("size()", equalTo(1));
        organizer().get(path(eventId, "/ranking")).then().body("find { it.structure == 'S01' }.median", equalTo(4.5f));

        List.of("S02", "S03", "S04").forEach(ref -> review(eventId, ref, "Alice", 3.0));
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200);
        organizer().body(Map.of("structure", "S01", "reviewer", "Alice", "scores", PitchApi.scoresFor(1.0)))
                .post(path(eventId, "/reviews")).then().statusCode(409)
                .body("error", org.hamcrest.Matchers.startsWith("reviews are closed: the selection was made on "));
    }

    @Test
    void scoresFollowTheCallsCriteriaAndWeights() {
        organizer().body(Map.of("structure", "S01", "reviewer", "Alice",
                        "scores", Map.of("relevance", 6, "socialImpact", 2.5, "innovation", 3, "price", 4)))
                .post(path(eventId, "/reviews")).then().statusCode(422)
                .body("problems.location", containsInAnyOrder("scores.relevance", "scores.socialImpact",
                        "scores.readiness", "scores.price"));
        organizer().body(Map.of("structure", "S09", "reviewer", "Alice", "scores", PitchApi.scoresFor(3)))
                .post(path(eventId, "/reviews")).then().statusCode(404).body("error", equalTo("'S09' has not applied to pitch"));

        PitchApi.openCall(eventId, Map.of("criteria", Map.of("relevance", 3, "socialImpact", 1)));
        organizer().body(Map.of("structure", "S01", "reviewer", "Alice", "scores", Map.of("relevance", 5, "socialImpact", 1)))
                .post(path(eventId, "/reviews")).then().statusCode(201).body("weightedScore", equalTo(4.0f));
        organizer().body(Map.of("opensAt", "2018-04-01T09:00", "closesAt", "2018-04-30T18:00"))
                .put(path(eventId, "/call")).then().statusCode(409)
                .body("error", equalTo("the criteria cannot change once reviews exist"));
    }
}
