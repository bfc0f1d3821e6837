package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import fr.openmap.i18n.Text;
import fr.openmap.timetable.solver.TimetableResult.Counts;
import fr.openmap.timetable.solver.TimetableResult.LeftOutPair;
import fr.openmap.timetable.solver.TimetableResult.PlannedMeeting;
import fr.openmap.timetable.solver.TimetableResult.RuleScore;
import fr.openmap.timetable.solver.TimetableResult.ScoreLevels;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a (solved) {@link TimetableSolution} into a {@link TimetableResult}. Thread-safe; create
 * one and reuse it, for instance from a best-solution listener.
 */
public class TimetableResultBuilder {

    private final SolutionManager<TimetableSolution, BendableLongScore> solutionManager;

    public TimetableResultBuilder() {
        this(TimetableSolverConfigs.solutionManager());
    }

    public TimetableResultBuilder(SolutionManager<TimetableSolution, BendableLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /** Re-scores the solution (its score is updated in place) and describes it. */
    public TimetableResult build(TimetableSolution solution) {
        Map<String, ConstraintMatchTotal<BendableLongScore>> totals =
                solutionManager.explain(solution).getConstraintMatchTotalMap();
        BendableLongScore score = solution.getScore();

        List<MeetingAssignment> scheduled = solution.getMeetings().stream()
                .filter(m -> m.getSlot() != null)
                .sorted(Comparator.comparingInt((MeetingAssignment m) -> m.getSlot().index())
                        .thenComparing(m -> m.getBuyer().getRef())
                        .thenComparing(m -> m.getStructure().getRef()))
                .toList();
        List<PlannedMeeting> meetings = scheduled.stream()
                .map(m -> new PlannedMeeting(m.getBuyer().getRef(), m.getStructure().getRef(), m.getSlot(),
                        m.getBuyer().getTable(), m.getWeight(), m.getPinSource(), change(m)))
                .toList();

        List<RuleScore> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            ConstraintMatchTotal<BendableLongScore> total = totals.values().stream()
                    .filter(t -> t.getConstraintName().equals(rule.id())).findFirst().orElse(null);
            int matches = total == null ? 0 : total.getConstraintMatchCount();
            long points = 0;
            if (total != null) {
                points = rule.isHard() ? total.getScore().hardScore(rule.level().index())
                        : total.getScore().softScore(rule.level().index());
            }
            rules.add(new RuleScore(rule.id(), rule.level(), matches, points));
        }

        ScoreLevels levels = new ScoreLevels(score.hardScore(0), score.softScore(Rule.Level.SERVED.index()),
                score.softScore(Rule.Level.STABILITY.index()), score.softScore(Rule.Level.WEIGHT.index()),
                score.softScore(Rule.Level.GAPS.index()), score.isFeasible(), score.toString());

        return new TimetableResult(solution.getEventSlug(), meetings, unscheduled(solution, scheduled), levels,
                counts(solution, scheduled), List.copyOf(rules));
    }

    /** The counts alone, cheap enough for every best plan found while solving (no re-scoring). */
    public static Counts counts(TimetableSolution solution) {
        return counts(solution, solution.getMeetings().stream().filter(m -> m.getSlot() != null).toList());
    }

    private static Counts counts(TimetableSolution solution, List<MeetingAssignment> scheduled) {
        Set<String> buyersMeeting = new HashSet<>();
        Set<String> structuresMeeting = new HashSet<>();
        long totalWeight = 0;
        for (MeetingAssignment m : scheduled) {
            buyersMeeting.add(m.getBuyer().getRef());
            structuresMeeting.add(m.getStructure().getRef());
            totalWeight += m.getWeight();
        }
        int toServe = (int) solution.getStructures().stream().filter(PlannedStructure::isCandidate).count();
        int moved = (int) solution.getMeetings().stream().filter(m -> m.publishedChangeCost() == 1).count();
        int cancelled = (int) solution.getMeetings().stream().filter(m -> m.publishedChangeCost() == 2).count();
        return new Counts(scheduled.size(), buyersMeeting.size(), structuresMeeting.size(), toServe,
                totalWeight, IdleGaps.total(solution.getSlots(), scheduled), moved, cancelled);
    }

    private static TimetableResult.PublishedChange change(MeetingAssignment m) {
        if (!m.isPublished()) {
            return TimetableResult.PublishedChange.NEW;
        }
        return m.publishedChangeCost() == 0 ? TimetableResult.PublishedChange.KEPT : TimetableResult.PublishedChange.MOVED;
    }

    private static List<LeftOutPair> unscheduled(TimetableSolution solution, List<MeetingAssignment> scheduled) {
        Map<PairKey, MeetingAssignment> byPair = new HashMap<>();
        solution.getMeetings().forEach(m -> byPair.put(m.pairKey(), m));
        Occupancy placed = new Occupancy();
        Map<String, List<MeetingAssignment>> byBuyer = new HashMap<>();
        Map<String, List<MeetingAssignment>> byStructure = new HashMap<>();
        for (MeetingAssignment m : scheduled) {
            placed.add(m);
            byBuyer.computeIfAbsent(m.getBuyer().getRef(), k -> new ArrayList<>()).add(m);
            byStructure.computeIfAbsent(m.getStructure().getRef(), k -> new ArrayList<>()).add(m);
        }
        Map<String, PlannedBuyer> buyers = new HashMap<>();
        solution.getBuyers().forEach(b -> buyers.put(b.getRef(), b));
        Map<String, PlannedStructure> structures = new HashMap<>();
        solution.getStructures().forEach(s -> structures.put(s.getRef(), s));
        long tables = solution.getBuyers().stream().filter(PlannedBuyer::hasTable).count();

        List<LeftOutPair> unscheduled = new ArrayList<>();
        for (RequestedPair pair : solution.getRequestedPairs()) {
            MeetingAssignment meeting = byPair.get(pair.key());
            if (meeting != null && meeting.getSlot() != null) {
                continue;
            }
            if (meeting != null && meeting.getPinSource() == PinSource.ORGANIZER) {
                unscheduled.add(new LeftOutPair(pair.key().buyerRef(), pair.key().structureRef(),
                        UnscheduledCause.REMOVED_BY_ORGANIZER, UnscheduledCause.REMOVED_BY_ORGANIZER_REASON));
                continue;
            }
            PlannedBuyer buyer = buyers.get(pair.key().buyerRef());
            PlannedStructure structure = structures.get(pair.key().structureRef());
            List<MeetingAssignment> around = new ArrayList<>(byBuyer.getOrDefault(buyer.getRef(), List.of()));
            around.addAll(byStructure.getOrDefault(structure.getRef(), List.of()));
            unscheduled.add(explain(pair, buyer, structure, placed, around, solution.getSlots(), tables));
        }
        return List.copyOf(unscheduled);
    }

    /**
     * Why the pair has no meeting: who declined, else the hard rules ({@link Occupancy}) its slots break next
     * to the meetings placed, from the ones that hold everywhere (table, availability, caps) to the busy slots.
     *
     * @param around the placed meetings of the buyer and of the structure
     */
    private static LeftOutPair explain(RequestedPair pair, PlannedBuyer buyer, PlannedStructure structure,
                                       Occupancy placed, List<MeetingAssignment> around, List<Slot> slots,
                                       long tables) {
        String b = buyer.getRef();
        String s = structure.getRef();
        if (pair.declinedByBuyer() && pair.declinedByStructure()) {
            return new LeftOutPair(b, s, UnscheduledCause.DECLINED_BY_BOTH, Text.of("declined by both the buyer and the structure",
                    "refusé par l'acheteur et par la structure"));
        }
        if (pair.declinedByStructure()) {
            return new LeftOutPair(b, s, UnscheduledCause.DECLINED_BY_STRUCTURE, Text.of("declined by the structure", "refusé par la structure"));
        }
        if (pair.declinedByBuyer()) {
            return new LeftOutPair(b, s, UnscheduledCause.DECLINED_BY_BUYER, Text.of("declined by the buyer", "refusé par l'acheteur"));
        }
        Map<Slot, List<Rule>> brokenAt = new LinkedHashMap<>();
        slots.forEach(slot -> brokenAt.put(slot, placed.brokenRules(buyer, structure, slot)));
        if (brokenAt.values().stream().anyMatch(rules -> rules.contains(Rule.BUYER_WITHOUT_TABLE))) {
            return new LeftOutPair(b, s, UnscheduledCause.BUYER_WITHOUT_TABLE,
                    Text.of("no table left for the buyer (all " + tables + " tables are taken)",
                            "plus de table pour l'acheteur (les " + tables + " tables sont prises)"));
        }
        List<Slot> common = slots.stream().filter(slot -> !brokenAt.get(slot).contains(Rule.BUYER_UNAVAILABLE)
                && !brokenAt.get(slot).contains(Rule.STRUCTURE_UNAVAILABLE)).toList();
        if (common.isEmpty()) {
            boolean pitchingOnly = slots.stream().anyMatch(slot -> !brokenAt.get(slot).contains(Rule.BUYER_UNAVAILABLE)
                    && Occupancy.onlyPitchingAt(structure, slot));
            return pitchingOnly
                    ? new LeftOutPair(b, s, UnscheduledCause.STRUCTURE_PITCHING,
                    Text.of("the structure is pitching when the buyer is available",
                            "la structure pitche quand l'acheteur est disponible"))
                    : new LeftOutPair(b, s, UnscheduledCause.NO_COMMON_SLOT, Text.of("no slot where both are available",
                            "aucun créneau où les deux sont disponibles"));
        }
        List<Rule> atFirst = brokenAt.get(common.get(0));
        if (atFirst.contains(Rule.BUYER_OVER_MAX_MEETINGS)) {
            return new LeftOutPair(b, s, UnscheduledCause.BUYER_MAX_MEETINGS,
                    Text.of("the buyer has reached their maximum of " + buyer.getMaxMeetings() + " meetings",
                            "l'acheteur a atteint son maximum de " + buyer.getMaxMeetings() + " rendez-vous"));
        }
        if (atFirst.contains(Rule.STRUCTURE_OVER_MAX_MEETINGS)) {
            return new LeftOutPair(b, s, UnscheduledCause.STRUCTURE_MAX_MEETINGS,
                    Text.of("the structure has reached its maximum of " + structure.getMaxMeetings() + " meetings",
                            "la structure a atteint son maximum de " + structure.getMaxMeetings() + " rendez-vous"));
        }
        boolean buyerAlwaysBusy = true;
        boolean structureAlwaysFull = true;
        boolean anyFree = false;
        List<MeetingAssignment> blocking = new ArrayList<>();
        for (Slot slot : common) {
            List<Rule> rules = brokenAt.get(slot);
            boolean buyerBusy = rules.contains(Rule.BUYER_DOUBLE_BOOKED);
            boolean structureFull = rules.contains(Rule.STRUCTURE_OVERBOOKED);
            buyerAlwaysBusy &= buyerBusy;
            structureAlwaysFull &= structureFull;
            anyFree |= rules.isEmpty();
            // What takes the slot: the buyer's meeting there, and the structure's when it has no one left.
            around.stream().filter(m -> slot.equals(m.getSlot()))
                    .filter(m -> m.getBuyer() == buyer ? buyerBusy : structureFull)
                    .forEach(blocking::add);
        }
        if (anyFree) {
            return new LeftOutPair(b, s, UnscheduledCause.NOT_PLACED,
                    Text.of("a slot is free for both, but the solver did not place it (stopped before; solve again)",
                            "un créneau est libre pour les deux, mais le calcul ne l'a pas placé (arrêté avant ; relancez-le)"));
        }
        boolean higher = blocking.stream().allMatch(m -> m.getWeight() >= pair.weight());
        Text takenBy = higher ? Text.of("higher-priority meetings", "des rendez-vous plus prioritaires")
                : Text.of("other meetings", "d'autres rendez-vous");
        if (buyerAlwaysBusy) {
            return new LeftOutPair(b, s, UnscheduledCause.BUYER_FULL,
                    Text.of("the buyer's free slots are all taken by " + takenBy.english(),
                            "les créneaux libres de l'acheteur sont tous pris par " + takenBy.french()));
        }
        if (structureAlwaysFull) {
            return new LeftOutPair(b, s, UnscheduledCause.STRUCTURE_FULL,
                    Text.of("the structure is in " + takenBy.english() + " whenever the buyer could meet it",
                            "la structure est prise par " + takenBy.french() + " chaque fois que l'acheteur pourrait la rencontrer"));
        }
        return new LeftOutPair(b, s, UnscheduledCause.BOTH_BUSY,
                Text.of("in every slot where both are available, the buyer or the structure is in " + takenBy.english(),
                        "à chaque créneau où les deux sont disponibles, l'acheteur ou la structure est pris par "
                                + takenBy.french()));
    }
}
