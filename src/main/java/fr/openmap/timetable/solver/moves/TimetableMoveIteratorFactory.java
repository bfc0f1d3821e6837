package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.TimetableSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random compound moves for local search. Every move is repaired before it is offered: a
 * meeting that would clash with the moved ones (same buyer at the slot, structure over its
 * representatives, a participant over their cap) is dropped, so the search stays among plans
 * that keep the hard rules and trades weight, served structures and gaps directly.
 * <ul>
 * <li>place: a meeting takes a slot; the buyer's meeting there, if any, takes its old slot</li>
 * <li>swap: two meetings of the same buyer or the same structure exchange slots</li>
 * <li>kempe: a meeting moves from slot a to slot b and the chain of meetings it runs into
 * (through its buyer and its structure) moves from b to a, and so on</li>
 * <li>drop: a meeting loses its slot</li>
 * <li>close gap: for a participant with an idle slot inside a session, the kempe chain that
 * brings their first or last meeting of that session into the idle slot</li>
 * </ul>
 */
public class TimetableMoveIteratorFactory implements MoveIteratorFactory<TimetableSolution, Move<TimetableSolution>> {

    private static final int MAX_TRIES = 16;
    private static final int MAX_CHAIN = 24;
    /** Share of moves aimed at an idle slot; the others pick a meeting at random. */
    private static final int GAP_MOVE_PERCENT = 10;

    private TimetableSolution indexedSolution;
    private int indexedSize = -1;
    private List<MeetingAssignment> movable;
    private List<Slot> slots;
    /** Every participant's meetings: the buyers' lists, then the structures'. */
    private List<List<MeetingAssignment>> participants;
    private Map<PlannedBuyer, List<MeetingAssignment>> byBuyer;
    private Map<PlannedStructure, List<MeetingAssignment>> byStructure;

    @Override
    public void phaseStarted(ScoreDirector<TimetableSolution> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
    }

    @Override
    public long getSize(ScoreDirector<TimetableSolution> scoreDirector) {
        ensureIndexed(scoreDirector.getWorkingSolution());
        return (long) movable.size() * Math.max(1, scoreDirector.getWorkingSolution().getSlots().size());
    }

    @Override
    public Iterator<Move<TimetableSolution>> createOriginalMoveIterator(ScoreDirector<TimetableSolution> scoreDirector) {
        throw new UnsupportedOperationException("timetable moves are random only");
    }

    @Override
    public Iterator<Move<TimetableSolution>> createRandomMoveIterator(ScoreDirector<TimetableSolution> scoreDirector,
                                                                       Random random) {
        ensureIndexed(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public Move<TimetableSolution> next() {
                return nextMove(random);
            }
        };
    }

    private void ensureIndexed(TimetableSolution solution) {
        if (solution != indexedSolution || solution.getMeetings().size() != indexedSize) {
            index(solution);
        }
    }

    void index(TimetableSolution solution) {
        indexedSolution = solution;
        indexedSize = solution.getMeetings().size();
        movable = new ArrayList<>();
        slots = solution.getSlots();
        // Insertion-ordered, so that gap moves (drawn from participants) repeat with the random seed.
        byBuyer = new LinkedHashMap<>();
        byStructure = new LinkedHashMap<>();
        for (MeetingAssignment meeting : solution.getMeetings()) {
            byBuyer.computeIfAbsent(meeting.getBuyer(), b -> new ArrayList<>()).add(meeting);
            byStructure.computeIfAbsent(meeting.getStructure(), s -> new ArrayList<>()).add(meeting);
            if (!meeting.isPinned() && !meeting.getCandidateSlots().isEmpty()) {
                movable.add(meeting);
            }
        }
        participants = new ArrayList<>(byBuyer.values());
        participants.addAll(byStructure.values());
    }

    Move<TimetableSolution> nextMove(Random random) {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            MeetingAssignment meeting = movable.get(random.nextInt(movable.size()));
            int dice = random.nextInt(100);
            Proposal proposal;
            if (dice < GAP_MOVE_PERCENT) {
                proposal = closeGap(random);
            } else if (meeting.getSlot() == null || dice < 40) {
                proposal = place(meeting, random);
            } else if (dice < 65) {
                proposal = swap(meeting, random);
            } else if (dice < 92) {
                proposal = kempe(meeting, random);
            } else {
                proposal = new Proposal("drop");
                proposal.set(meeting, null);
            }
            if (proposal != null && proposal.repair(random)) {
                return proposal.toMove();
            }
        }
        // Nothing doable found this time: an empty move is filtered out by the solver.
        return new SlotChangesMove("none", new MeetingAssignment[0], new Slot[0]);
    }

    private Proposal place(MeetingAssignment meeting, Random random) {
        List<Slot> range = meeting.getCandidateSlots();
        Slot target = range.get(random.nextInt(range.size()));
        Slot old = meeting.getSlot();
        if (target.equals(old)) {
            return null;
        }
        Proposal proposal = new Proposal("place");
        proposal.set(meeting, target);
        if (old != null) {
            for (MeetingAssignment other : byBuyer.get(meeting.getBuyer())) {
                if (other != meeting && target.equals(other.getSlot()) && !other.isPinned() && other.canTake(old)) {
                    proposal.set(other, old);
                    break;
                }
            }
        }
        return proposal;
    }

    private Proposal swap(MeetingAssignment meeting, Random random) {
        List<MeetingAssignment> related = random.nextBoolean()
                ? byBuyer.get(meeting.getBuyer()) : byStructure.get(meeting.getStructure());
        MeetingAssignment other = related.get(random.nextInt(related.size()));
        if (other == meeting || other.isPinned() || java.util.Objects.equals(other.getSlot(), meeting.getSlot())
                || !meeting.canTake(other.getSlot()) || !other.canTake(meeting.getSlot())) {
            return null;
        }
        Proposal proposal = new Proposal("swap");
        Slot mine = meeting.getSlot();
        proposal.set(meeting, other.getSlot());
        proposal.set(other, mine);
        return proposal;
    }

    private Proposal kempe(MeetingAssignment start, Random random) {
        List<Slot> range = start.getCandidateSlots();
        return kempe(start, range.get(random.nextInt(range.size())), "kempe");
    }

    /**
     * Picks a participant with an idle slot between two of their meetings in a session and
     * moves their first or last meeting of that session into it, as a kempe chain so the other
     * side's plans stay whole. Random meetings rarely hit the few idle slots left late in the search.
     */
    Proposal closeGap(Random random) {
        List<List<MeetingAssignment>> gapped = new ArrayList<>();
        for (List<MeetingAssignment> meetings : participants) {
            if (!idleSlots(meetings).isEmpty()) {
                gapped.add(meetings);
            }
        }
        if (gapped.isEmpty()) {
            return null;
        }
        List<MeetingAssignment> meetings = gapped.get(random.nextInt(gapped.size()));
        List<Slot> idleSlots = idleSlots(meetings);
        Slot idle = idleSlots.get(random.nextInt(idleSlots.size()));
        MeetingAssignment first = null;
        MeetingAssignment last = null;
        for (MeetingAssignment meeting : meetings) {
            Slot slot = meeting.getSlot();
            if (slot == null || slot.session() != idle.session() || meeting.isPinned() || !meeting.canTake(idle)) {
                continue;
            }
            if (first == null || slot.index() < first.getSlot().index()) {
                first = meeting;
            }
            if (last == null || slot.index() > last.getSlot().index()) {
                last = meeting;
            }
        }
        MeetingAssignment edge = random.nextBoolean() && first != null ? first : last;
        if (edge == null || !isEdge(meetings, edge)) {
            return null;
        }
        return kempe(edge, idle, "closeGap");
    }

    /** The slots holding none of these meetings between two of them in one session. */
    private List<Slot> idleSlots(List<MeetingAssignment> meetings) {
        BitSet occupied = new BitSet(slots.size());
        for (MeetingAssignment meeting : meetings) {
            if (meeting.getSlot() != null) {
                occupied.set(meeting.getSlot().index());
            }
        }
        List<Slot> idle = new ArrayList<>(0);
        int previous = -1;
        for (int index = occupied.nextSetBit(0); index >= 0; index = occupied.nextSetBit(index + 1)) {
            if (previous >= 0 && slots.get(previous).session() == slots.get(index).session()) {
                idle.addAll(slots.subList(previous + 1, index));
            }
            previous = index;
        }
        return idle;
    }

    /** Whether no other of these meetings lies beyond this one in its session (it starts or ends the run). */
    private static boolean isEdge(List<MeetingAssignment> meetings, MeetingAssignment edge) {
        Slot at = edge.getSlot();
        boolean before = false;
        boolean after = false;
        for (MeetingAssignment meeting : meetings) {
            Slot slot = meeting.getSlot();
            if (meeting != edge && slot != null && slot.session() == at.session()) {
                before |= slot.index() < at.index();
                after |= slot.index() > at.index();
            }
        }
        return !(before && after);
    }

    private Proposal kempe(MeetingAssignment start, Slot b, String type) {
        Slot a = start.getSlot();
        if (b.equals(a) || a == null) {
            return null;
        }
        Proposal proposal = new Proposal(type);
        List<MeetingAssignment> queue = new ArrayList<>();
        proposal.set(start, b);
        queue.add(start);
        for (int head = 0; head < queue.size(); head++) {
            MeetingAssignment moved = queue.get(head);
            Slot to = proposal.slotOf(moved);
            Slot from = to.equals(a) ? b : a;
            for (MeetingAssignment other : byBuyer.get(moved.getBuyer())) {
                if (other != moved && !proposal.changes(other) && to.equals(other.getSlot())) {
                    if (other.isPinned() || !other.canTake(from)) {
                        return null;
                    }
                    proposal.set(other, from);
                    queue.add(other);
                }
            }
            PlannedStructure structure = moved.getStructure();
            List<MeetingAssignment> sameStructure = byStructure.get(structure);
            int atTo = 0;
            MeetingAssignment evictable = null;
            for (MeetingAssignment other : sameStructure) {
                if (to.equals(proposal.slotOf(other))) {
                    atTo++;
                    if (!proposal.changes(other) && !other.isPinned() && other.canTake(from)) {
                        evictable = other;
                    }
                }
            }
            if (atTo > structure.getRepresentatives()) {
                if (evictable == null) {
                    return null;
                }
                proposal.set(evictable, from);
                queue.add(evictable);
            }
            if (queue.size() > MAX_CHAIN) {
                return null;
            }
        }
        return proposal;
    }

    /** A set of slot changes under construction, with the repair that keeps the hard rules. */
    final class Proposal {
        private final String type;
        private final Map<MeetingAssignment, Slot> changes = new LinkedHashMap<>();

        Proposal(String type) {
            this.type = type;
        }

        void set(MeetingAssignment meeting, Slot slot) {
            changes.put(meeting, slot);
        }

        boolean changes(MeetingAssignment meeting) {
            return changes.containsKey(meeting);
        }

        Slot slotOf(MeetingAssignment meeting) {
            return changes.containsKey(meeting) ? changes.get(meeting) : meeting.getSlot();
        }

        /** Drops the meetings that clash with the proposed changes; false when a clash cannot be solved. */
        boolean repair(Random random) {
            List<MeetingAssignment> proposed = new ArrayList<>(changes.keySet());
            for (MeetingAssignment meeting : proposed) {
                Slot slot = changes.get(meeting);
                if (slot == null || changes.get(meeting) == null) {
                    continue;
                }
                for (MeetingAssignment other : byBuyer.get(meeting.getBuyer())) {
                    if (other != meeting && slot.equals(slotOf(other))) {
                        if (changes(other) || other.isPinned()) {
                            return false;
                        }
                        set(other, null);
                    }
                }
                PlannedStructure structure = meeting.getStructure();
                List<MeetingAssignment> dropCandidates = new ArrayList<>();
                int count = 0;
                for (MeetingAssignment other : byStructure.get(structure)) {
                    if (slot.equals(slotOf(other))) {
                        count++;
                        if (!changes(other) && !other.isPinned()) {
                            dropCandidates.add(other);
                        }
                    }
                }
                while (count > structure.getRepresentatives()) {
                    if (dropCandidates.isEmpty()) {
                        return false;
                    }
                    set(dropCandidates.remove(random.nextInt(dropCandidates.size())), null);
                    count--;
                }
            }
            for (MeetingAssignment meeting : proposed) {
                if (changes.get(meeting) == null || meeting.getSlot() != null) {
                    continue;
                }
                if (!capBuyer(meeting.getBuyer(), random) || !capStructure(meeting.getStructure(), random)) {
                    return false;
                }
            }
            return true;
        }

        private boolean capBuyer(PlannedBuyer buyer, Random random) {
            return !buyer.hasMaxMeetings() || cap(byBuyer.get(buyer), buyer.getMaxMeetings(), random);
        }

        private boolean capStructure(PlannedStructure structure, Random random) {
            return !structure.hasMaxMeetings() || cap(byStructure.get(structure), structure.getMaxMeetings(), random);
        }

        private boolean cap(List<MeetingAssignment> group, int max, Random random) {
            int count = 0;
            List<MeetingAssignment> dropCandidates = new ArrayList<>();
            for (MeetingAssignment other : group) {
                if (slotOf(other) != null) {
                    count++;
                    if (!changes(other) && !other.isPinned()) {
                        dropCandidates.add(other);
                    }
                }
            }
            while (count > max) {
                if (dropCandidates.isEmpty()) {
                    return false;
                }
                set(dropCandidates.remove(random.nextInt(dropCandidates.size())), null);
                count--;
            }
            return true;
        }

        SlotChangesMove toMove() {
            MeetingAssignment[] meetings = changes.keySet().toArray(new MeetingAssignment[0]);
            Slot[] slots = new Slot[meetings.length];
            for (int i = 0; i < meetings.length; i++) {
                slots[i] = changes.get(meetings[i]);
            }
            return new SlotChangesMove(type, meetings, slots);
        }
    }
}
