package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import fr.openmap.i18n.Text;

import java.util.List;

/**
 * What a solved timetable amounts to, in plain records: the meetings in time order, every
 * requested pair that did not meet with a reason, the score per level, counts, and how much
 * each rule weighs in the score. Built by {@link TimetableResultBuilder}.
 */
public record TimetableResult(String eventSlug, List<PlannedMeeting> meetings, List<LeftOutPair> unscheduled,
                              ScoreLevels score, Counts counts, List<RuleScore> rules) {

    /**
     * One meeting of the plan; {@code pinSource} tells whether it was booked; {@code change} how it stands
     * against the agendas already sent.
     */
    public record PlannedMeeting(String buyerRef, String structureRef, Slot slot, String table, int weight,
                                 PinSource pinSource, PublishedChange change) {
        public PairKey pairKey() {
            return new PairKey(buyerRef, structureRef);
        }
    }

    /** A pair with at least one request (declined ones included) that has no meeting, and why in both languages. */
    public record LeftOutPair(String buyerRef, String structureRef, UnscheduledCause cause, Text reason) {
    }

    /** How a meeting of the plan stands against the agendas already sent. */
    public enum PublishedChange {
        /** Not in any agenda sent (or a fresh plan). */
        NEW,
        /** Sent, and at the same slot. */
        KEPT,
        /** Sent at another slot. */
        MOVED
    }

    /**
     * The score by level, as the solver compares it (most important first). {@code unservedStructures},
     * {@code publishedChanges} and {@code gaps} are penalties (zero or negative), {@code weight} a reward,
     * each times its rule weights.
     */
    public record ScoreLevels(long hard, long unservedStructures, long publishedChanges, long weight, long gaps,
                              boolean feasible, String text) {
    }

    /**
     * Plain counts, independent of rule weights.
     *
     * @param structuresToServe  structures with at least one candidate pair
     * @param totalWeight        sum over meetings of the pairs' weights ({@code 4 - priority} per request)
     * @param idleSlots          idle slots between first and last meetings, buyers and structures together
     * @param publishedMoved     meetings sent in agendas that this plan moves to another slot
     * @param publishedCancelled meetings sent in agendas that this plan leaves out although the pair may still meet
     */
    public record Counts(int meetings, int buyersWithMeeting, int structuresServed, int structuresToServe,
                         long totalWeight, int idleSlots, int publishedMoved, int publishedCancelled) {
    }

    /** One rule's share of the score: how many times it matched and the points it adds at its level. */
    public record RuleScore(String rule, Rule.Level level, int matches, long points) {
    }
}
