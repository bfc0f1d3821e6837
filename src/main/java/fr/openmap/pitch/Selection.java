package fr.openmap.pitch;

import fr.openmap.registration.PitchStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The selection rule, apart from persistence: the best {@code places} applications by median are selected,
 * the next {@code waitlistSize} wait-listed in order, the rest not selected. Two applications with the same
 * median on either side of a boundary where the outcome differs (selected / wait-listed, between two
 * wait-list positions, wait-listed / not selected) form a tie: it is reported, never broken silently, unless
 * the organizer's {@code tieBreak} (refs, preferred first) orders them.
 */
public final class Selection {

    private Selection() {
    }

    /** One application's outcome: its rank (1 = best) and new status. */
    public record Outcome(String structureRef, int rank, PitchStatus status, Double median, boolean settledByTieBreak) {
    }

    /**
     * Applications with the same median straddling position {@code position} / {@code position + 1};
     * {@code above} of them fall on the better side: the organizer chooses which.
     */
    public record Tie(String boundary, int position, double median, List<String> structures, int above) {
    }

    /** Either outcomes (when there is no tie left) or the ties to settle. */
    public record Result(List<Outcome> outcomes, List<Tie> ties) {
        public boolean hasTies() {
            return !ties.isEmpty();
        }
    }

    /** Every entry must be reviewed (have a median). */
    public static Result decide(List<Ranking.Entry> entries, int places, int waitlistSize, List<String> tieBreak) {
        List<Ranking.Entry> order = new ArrayList<>(entries);
        order.sort(Comparator.comparing((Ranking.Entry e) -> -e.median())
                .thenComparing(e -> preference(tieBreak, e.structureRef()))
                .thenComparing(Ranking.Entry::structureRef));
        List<Tie> ties = new ArrayList<>();
        for (int position = places; position <= places + waitlistSize; position++) {
            if (position <= 0 || position >= order.size()) {
                continue;
            }
            Ranking.Entry before = order.get(position - 1);
            Ranking.Entry after = order.get(position);
            int preferred = preference(tieBreak, before.structureRef());
            if (before.median().equals(after.median()) && preferred == preference(tieBreak, after.structureRef())) {
                List<String> tied = order.stream().filter(e -> e.median().equals(before.median())
                                && preference(tieBreak, e.structureRef()) == preferred)
                        .map(Ranking.Entry::structureRef).toList();
                int above = (int) order.subList(0, position).stream().filter(e -> tied.contains(e.structureRef())).count();
                ties.add(new Tie(boundaryName(position, places, waitlistSize), position, before.median(), tied, above));
            }
        }
        if (!ties.isEmpty()) {
            return new Result(List.of(), ties);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Ranking.Entry entry = order.get(i);
            int rank = i + 1;
            PitchStatus status = rank <= places ? PitchStatus.SELECTED
                    : rank <= places + waitlistSize ? PitchStatus.WAITLISTED : PitchStatus.NOT_SELECTED;
            boolean tieBroken = isTiedWithNeighbour(order, i) && preference(tieBreak, entry.structureRef()) < Integer.MAX_VALUE;
            outcomes.add(new Outcome(entry.structureRef(), rank, status, entry.median(), tieBroken));
        }
        return new Result(outcomes, List.of());
    }

    private static boolean isTiedWithNeighbour(List<Ranking.Entry> order, int i) {
        Double median = order.get(i).median();
        return (i > 0 && order.get(i - 1).median().equals(median))
                || (i + 1 < order.size() && order.get(i + 1).median().equals(median));
    }

    private static String boundaryName(int position, int places, int waitlistSize) {
        if (position == places) {
            return waitlistSize > 0 ? "selected/waitlisted" : "selected/not selected";
        }
        return position < places + waitlistSize ? "waitlist order" : "waitlisted/not selected";
    }

    private static int preference(List<String> tieBreak, String ref) {
        int index = tieBreak == null ? -1 : tieBreak.indexOf(ref);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
