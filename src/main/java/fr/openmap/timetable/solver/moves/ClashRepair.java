package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.Occupancy;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;

/**
 * Makes a proposal keep the hard rules before it is offered: a meeting that would clash with the moved ones
 * (same buyer at the slot, structure over its representatives, a participant over their cap) loses its slot,
 * so the search stays among valid plans. The limits are {@link Occupancy}'s; this class only chooses who makes
 * way, from the move's incremental index. Shared by every kind of move.
 */
final class ClashRepair {

    /** Every other meeting of a buyer at the slot makes way (one at a time): nothing to draw, in index order. */
    private static final IntUnaryOperator FIRST = candidates -> 0;

    private ClashRepair() {
    }

    /** Drops the meetings that clash with the proposed changes; false when a clash cannot be solved. */
    static boolean repair(Proposal proposal, MoveIndex index, Random random) {
        List<MeetingAssignment> proposed = proposal.changedMeetings();
        IntUnaryOperator draw = random::nextInt;
        for (MeetingAssignment meeting : proposed) {
            Slot slot = proposal.newSlot(meeting);
            if (slot == null) {
                continue;
            }
            PlannedBuyer buyer = meeting.getBuyer();
            PlannedStructure structure = meeting.getStructure();
            if (!makeRoom(proposal, index.of(buyer), slot, Occupancy.atOnce(buyer), FIRST)
                    || !makeRoom(proposal, index.of(structure), slot, Occupancy.atOnce(structure), draw)) {
                return false;
            }
        }
        // A meeting that gains a slot adds one to its buyer's and structure's counts.
        for (MeetingAssignment meeting : proposed) {
            if (proposal.newSlot(meeting) == null || meeting.getSlot() != null) {
                continue;
            }
            PlannedBuyer buyer = meeting.getBuyer();
            PlannedStructure structure = meeting.getStructure();
            if (buyer.hasMaxMeetings()
                    && !makeRoom(proposal, index.of(buyer), null, buyer.getMaxMeetings(), draw)
                    || structure.hasMaxMeetings()
                    && !makeRoom(proposal, index.of(structure), null, structure.getMaxMeetings(), draw)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops meetings of the group, sparing the moved and pinned ones, until it holds at most {@code limit} at
     * the slot (at any slot when {@code slot} is null); {@code pick} chooses which of the candidates goes.
     * False when too few may go.
     */
    private static boolean makeRoom(Proposal proposal, List<MeetingAssignment> group, Slot slot, int limit,
                                    IntUnaryOperator pick) {
        int count = 0;
        List<MeetingAssignment> dropCandidates = new ArrayList<>();
        for (MeetingAssignment other : group) {
            Slot at = proposal.slotOf(other);
            if (slot == null ? at != null : slot.equals(at)) {
                count++;
                if (!proposal.changes(other) && !other.isPinned()) {
                    dropCandidates.add(other);
                }
            }
        }
        while (count > limit) {
            if (dropCandidates.isEmpty()) {
                return false;
            }
            proposal.set(dropCandidates.remove(pick.applyAsInt(dropCandidates.size())), null);
            count--;
        }
        return true;
    }
}
