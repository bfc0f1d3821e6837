package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

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
                        m.getBuyer().getTable(), m.getWeight(), m.getPinSource()))
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

        ScoreLevels levels = new ScoreLevels(score.hardScore(0), score.softScore(0), score.softScore(1),
                score.softScore(2), score.isFeasible(), score.toString());

        Set<String> buyersMeeting = new HashSet<>();
        Set<String> structuresMeeting = new HashSet<>();
        long totalWeight = 0;
        for (MeetingAssignment m : scheduled) {
            buyersMeeting.add(m.getBuyer().getRef());
            structuresMeeting.add(m.getStructure().getRef());
            totalWeight += m.getWeight();
        }
        int toServe = (int) solution.getStructures().stream().filter(PlannedStructure::isCandidate).count();
        Counts counts = new Counts(meetings.size(), buyersMeeting.size(), structuresMeeting.size(), toServe,
                totalWeight, idleSlots(scheduled));

        return new TimetableResult(solution.getEventSlug(), meetings, unscheduled(solution, scheduled), levels, counts,
                List.copyOf(rules));
    }

    /** Idle slots between first and last meeting per participant and session (structures: slots with none). */
    static int idleSlots(List<MeetingAssignment> scheduled) {
        Map<String, TreeSet<Integer>> occupied = new TreeMap<>();
        for (MeetingAssignment m : scheduled) {
            Slot slot = m.getSlot();
            occupied.computeIfAbsent("B:" + m.getBuyer().getRef() + "#" + slot.session(), k -> new TreeSet<>())
                    .add(slot.indexInSession());
            occupied.computeIfAbsent("S:" + m.getStructure().getRef() + "#" + slot.session(), k -> new TreeSet<>())
                    .add(slot.indexInSession());
        }
        int idle = 0;
        for (TreeSet<Integer> slots : occupied.values()) {
            idle += slots.last() - slots.first() + 1 - slots.size();
        }
        return idle;
    }

    private static List<LeftOutPair> unscheduled(TimetableSolution solution, List<MeetingAssignment> scheduled) {
        Map<PairKey, MeetingAssignment> byPair = new HashMap<>();
        solution.getMeetings().forEach(m -> byPair.put(m.pairKey(), m));
        Map<String, List<MeetingAssignment>> byBuyer = new HashMap<>();
        Map<String, List<MeetingAssignment>> byStructure = new HashMap<>();
        for (MeetingAssignment m : scheduled) {
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
            PlannedBuyer buyer = buyers.get(pair.key().buyerRef());
            PlannedStructure structure = structures.get(pair.key().structureRef());
            List<MeetingAssignment> buyerMeetings = byBuyer.getOrDefault(buyer.getRef(), List.of());
            List<MeetingAssignment> structureMeetings = byStructure.getOrDefault(structure.getRef(), List.of());
            unscheduled.add(explain(pair, meeting, buyer, structure, buyerMeetings, structureMeetings,
                    solution.getSlots(), tables));
        }
        return List.copyOf(unscheduled);
    }

    private static LeftOutPair explain(RequestedPair pair, MeetingAssignment meeting, PlannedBuyer buyer,
                                       PlannedStructure structure, List<MeetingAssignment> buyerMeetings,
                                       List<MeetingAssignment> structureMeetings, List<Slot> slots,
                                       long tables) {
        String b = buyer.getRef();
        String s = structure.getRef();
        if (pair.declinedByBuyer() && pair.declinedByStructure()) {
            return new LeftOutPair(b, s, UnscheduledCause.DECLINED_BY_BOTH, "declined by both the buyer and the structure");
        }
        if (pair.declinedByStructure()) {
            return new LeftOutPair(b, s, UnscheduledCause.DECLINED_BY_STRUCTURE, "declined by the structure");
        }
        if (pair.declinedByBuyer()) {
            return new LeftOutPair(b, s, UnscheduledCause.DECLINED_BY_BUYER, "declined by the buyer");
        }
        if (!buyer.hasTable()) {
            return new LeftOutPair(b, s, UnscheduledCause.BUYER_WITHOUT_TABLE,
                    "no table left for the buyer (all " + tables + " tables are taken)");
        }
        List<Slot> common = meeting.getCandidateSlots();
        if (common.isEmpty()) {
            boolean pitchingOnly = slots.stream().anyMatch(slot -> !buyer.isUnavailableAt(slot)
                    && !structure.getUnavailableSlots().get(slot.index()) && structure.isPitchingAt(slot));
            return pitchingOnly
                    ? new LeftOutPair(b, s, UnscheduledCause.STRUCTURE_PITCHING,
                    "the structure is pitching when the buyer is available")
                    : new LeftOutPair(b, s, UnscheduledCause.NO_COMMON_SLOT, "no slot where both are available");
        }
        if (buyerMeetings.size() >= buyer.getMaxMeetings()) {
            return new LeftOutPair(b, s, UnscheduledCause.BUYER_MAX_MEETINGS,
                    "the buyer has reached their maximum of " + buyer.getMaxMeetings() + " meetings");
        }
        if (structureMeetings.size() >= structure.getMaxMeetings()) {
            return new LeftOutPair(b, s, UnscheduledCause.STRUCTURE_MAX_MEETINGS,
                    "the structure has reached its maximum of " + structure.getMaxMeetings() + " meetings");
        }
        boolean buyerAlwaysBusy = true;
        boolean structureAlwaysFull = true;
        boolean anyFree = false;
        List<MeetingAssignment> blocking = new ArrayList<>();
        for (Slot slot : common) {
            Predicate<MeetingAssignment> atSlot = m -> slot.equals(m.getSlot());
            List<MeetingAssignment> buyerThere = buyerMeetings.stream().filter(atSlot).toList();
            List<MeetingAssignment> structureThere = structureMeetings.stream().filter(atSlot).toList();
            boolean buyerBusy = !buyerThere.isEmpty();
            boolean structureFull = structureThere.size() >= structure.getRepresentatives();
            buyerAlwaysBusy &= buyerBusy;
            structureAlwaysFull &= structureFull;
            anyFree |= !buyerBusy && !structureFull;
            blocking.addAll(buyerThere);
            if (structureFull) {
                blocking.addAll(structureThere);
            }
        }
        if (anyFree) {
            return new LeftOutPair(b, s, UnscheduledCause.NOT_PLACED,
                    "a slot is free for both, but the solver did not place it (stopped before; solve again)");
        }
        boolean higher = blocking.stream().allMatch(m -> m.getWeight() >= pair.weight());
        String takenBy = higher ? "higher-priority meetings" : "other meetings";
        if (buyerAlwaysBusy) {
            return new LeftOutPair(b, s, UnscheduledCause.BUYER_FULL,
                    "the buyer's free slots are all taken by " + takenBy);
        }
        if (structureAlwaysFull) {
            return new LeftOutPair(b, s, UnscheduledCause.STRUCTURE_FULL,
                    "the structure is in " + takenBy + " whenever the buyer could meet it");
        }
        return new LeftOutPair(b, s, UnscheduledCause.BOTH_BUSY,
                "in every slot where both are available, the buyer or the structure is in " + takenBy);
    }
}
