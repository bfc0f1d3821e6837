package fr.openmap.pitch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How applications are ranked, apart from persistence: each review gives a weighted score (the weighted mean
 * of its 1-5 scores); an application's score is the MEDIAN of its reviews' weighted scores, so one harsh or
 * generous reviewer cannot move it alone; reviewers strongly disagree when their weighted scores are
 * {@value #DISAGREEMENT_THRESHOLD} points or more apart (max - min).
 */
public final class Ranking {

    /** Max - min of the reviewers' weighted scores (1-5 scale) from which an application is flagged. */
    public static final double DISAGREEMENT_THRESHOLD = 1.5;

    private Ranking() {
    }

    /** One application as the committee scored it. */
    public record Entry(String structureRef, List<Double> weightedScores, Double median, double spread) {

        public boolean reviewed() {
            return median != null;
        }

        public boolean disagreement() {
            return weightedScores.size() > 1 && spread >= DISAGREEMENT_THRESHOLD - 1e-9;
        }
    }

    /** The weighted mean of one review's scores; criteria without a score are skipped. */
    public static double weightedScore(Map<String, Integer> scores, List<PitchCriterion> criteria) {
        double sum = 0;
        double weights = 0;
        for (PitchCriterion criterion : criteria) {
            Integer score = scores.get(criterion.name);
            if (score != null) {
                sum += criterion.weight * score;
                weights += criterion.weight;
            }
        }
        return weights == 0 ? 0 : round(sum / weights);
    }

    public static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return round(median);
    }

    public static Entry entry(String structureRef, List<Double> weightedScores) {
        double spread = weightedScores.isEmpty() ? 0
                : round(weightedScores.stream().mapToDouble(d -> d).max().orElse(0)
                - weightedScores.stream().mapToDouble(d -> d).min().orElse(0));
        return new Entry(structureRef, List.copyOf(weightedScores), median(weightedScores), spread);
    }

    /** Best median first; unreviewed applications last; equal medians in ref order (ties are reported, not decided, by the selection). */
    public static List<Entry> sort(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.median() == null ? Double.NEGATIVE_INFINITY : e.median())
                .reversed()
                .thenComparing(Entry::structureRef));
        return sorted;
    }

    /** Scores are compared at 4 decimals so that equal weighted means computed in different orders are equal. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
