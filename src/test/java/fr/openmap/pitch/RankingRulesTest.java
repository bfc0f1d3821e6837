package fr.openmap.pitch;

import fr.openmap.registration.PitchStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure rules: weighted score, median, disagreement, selection boundaries and running order times. */
class RankingRulesTest {

    @Test
    void weightedScoreUsesTheCriteriaWeights() {
        List<PitchCriterion> criteria = List.of(PitchCriterion.of("relevance", 3), PitchCriterion.of("innovation", 1));
        assertEquals(4.5, Ranking.weightedScore(Map.of("relevance", 5, "innovation", 3), criteria));
    }

    @Test
    void medianNotMeanAndDisagreementFromTheThreshold() {
        Ranking.Entry harshReviewer = Ranking.entry("S01", List.of(5.0, 1.5, 4.0));
        assertEquals(4.0, harshReviewer.median()); // the mean would be 3.5
        assertEquals(3.5, harshReviewer.spread());
        assertTrue(harshReviewer.disagreement());
        assertEquals(3.0, Ranking.entry("S02", List.of(2.0, 4.0)).median());
        assertTrue(Ranking.entry("S03", List.of(4.0, 2.5)).disagreement());
        assertFalse(Ranking.entry("S04", List.of(4.0, 2.75)).disagreement());
        assertFalse(Ranking.entry("S05", List.of(4.0)).disagreement());
        assertNull(Ranking.entry("S06", List.of()).median());
    }

    @Test
    void aTieBetweenWaitlistedAndNotSelectedIsReported() {
        List<Ranking.Entry> entries = List.of(entry("A", 5), entry("B", 4), entry("C", 3), entry("D", 3));
        Selection.Result result = Selection.decide(entries, 2, 1, List.of());
        assertEquals(1, result.ties().size());
        assertEquals("waitlisted/not selected", result.ties().get(0).boundary());
        assertEquals(List.of("C", "D"), result.ties().get(0).structures());
        assertTrue(result.outcomes().isEmpty());
    }

    @Test
    void tiesAwayFromABoundaryDoNotMatterAndTieBreakSettlesTheOthers() {
        List<Ranking.Entry> entries = List.of(entry("A", 5), entry("B", 5), entry("C", 3), entry("D", 3), entry("E", 1));
        assertTrue(Selection.decide(entries, 2, 1, List.of()).hasTies());
        Selection.Result settled = Selection.decide(entries, 2, 1, List.of("D"));
        assertEquals(List.of(PitchStatus.SELECTED, PitchStatus.SELECTED, PitchStatus.WAITLISTED, PitchStatus.NOT_SELECTED,
                PitchStatus.NOT_SELECTED), settled.outcomes().stream().map(Selection.Outcome::status).toList());
        assertEquals("D", settled.outcomes().get(2).structureRef());
        assertTrue(settled.outcomes().get(2).settledByTieBreak());
        assertFalse(settled.outcomes().get(0).settledByTieBreak());
    }

    @Test
    void runningOrderSharesThePitchesItemAndKeepsPlaces() {
        List<RunningOrder.Pitch> pitches = RunningOrder.of(List.of(
                new RunningOrder.Pitcher("S01", "Un", 1, 1),
                new RunningOrder.Pitcher("S07", "Sept", null, 7),
                new RunningOrder.Pitcher("S03", "Trois", 3, 3)), 6, LocalTime.of(10, 15), LocalTime.of(11, 0));
        assertEquals(List.of(1, 2, 3), pitches.stream().map(RunningOrder.Pitch::order).toList());
        assertEquals("S07", pitches.get(1).structureRef());
        assertEquals(LocalTime.of(10, 22), pitches.get(1).start());
        assertEquals(LocalTime.of(10, 30), pitches.get(1).end());
        assertEquals(LocalTime.of(10, 30), pitches.get(2).start());
    }

    private static Ranking.Entry entry(String ref, double score) {
        return Ranking.entry(ref, List.of(score));
    }
}
