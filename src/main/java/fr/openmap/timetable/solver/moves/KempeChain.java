package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.Occupancy;
import fr.openmap.timetable.solver.PlannedStructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A meeting moves from its slot a to a slot b, and the chain of meetings it runs into (through its buyer and
 * its structure) moves from b to a, and so on: both sides' plans stay whole. How many meetings fit at once is
 * {@link Occupancy}'s rule.
 */
final class KempeChain implements MoveKind {

    /** Bounds the work of one proposal: a longer chain is given up. */
    private static final int MAX_CHAIN = 24;

    @Override
    public Proposal propose(MoveIndex index, MeetingAssignment start, Random random) {
        List<Slot> range = start.getCandidateSlots();
        return chain(index, start, range.get(random.nextInt(range.size())), "kempe");
    }

    /** The chain that brings {@code start} to slot b; null when it is not placed, already there, or blocked. */
    Proposal chain(MoveIndex index, MeetingAssignment start, Slot b, String type) {
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
            // A buyer holds one meeting at a time (Occupancy.atOnce): every other one at `to` swaps to `from`.
            for (MeetingAssignment other : index.of(moved.getBuyer())) {
                if (other != moved && !proposal.changes(other) && to.equals(other.getSlot())) {
                    if (other.isPinned() || !other.canTake(from)) {
                        return null;
                    }
                    proposal.set(other, from);
                    queue.add(other);
                }
            }
            PlannedStructure structure = moved.getStructure();
            int atTo = 0;
            MeetingAssignment evictable = null;
            for (MeetingAssignment other : index.of(structure)) {
                if (to.equals(proposal.slotOf(other))) {
                    atTo++;
                    if (!proposal.changes(other) && !other.isPinned() && other.canTake(from)) {
                        evictable = other;
                    }
                }
            }
            if (atTo > Occupancy.atOnce(structure)) {
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
}
