package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a proposal keep the hard rules before it is offered: a meeting that would clash with the moved ones
 * (same buyer at the slot, structure over its representatives, a participant over their cap) loses its slot,
 * so the search stays among valid plans. Shared by every kind of move.
 */
final class ClashRepair {

    private ClashRepair() {
    }

    /** Drops the meetings that clash with the proposed changes; false when a clash cannot be solved. */
    static boolean repair(Proposal proposal, MoveIndex index, Random random) {
        List<MeetingAssignment> proposed = proposal.changedMeetings();
        for (MeetingAssignment meeting : proposed) {
            Slot slot = proposal.newSlot(meeting);
            if (slot == null) {
                continue;
            }
            for (MeetingAssignment other : index.of(meeting.getBuyer())) {
                if (other != meeting && slot.equals(proposal.slotOf(other))) {
                    if (proposal.changes(other) || other.isPinned()) {
                        return false;
                    }
                    proposal.set(other, null);
                }
            }
            PlannedStructure structure = meeting.getStructure();
            List<MeetingAssignment> dropCandidates = new ArrayList<>();
            int count = 0;
            for (MeetingAssignment other : index.of(structure)) {
                if (slot.equals(proposal.slotOf(other))) {
                    count++;
                    if (!proposal.changes(other) && !other.isPinned()) {
                        dropCandidates.add(other);
                    }
                }
            }
            while (count > structure.getRepresentatives()) {
                if (dropCandidates.isEmpty()) {
                    return false;
                }
                proposal.set(dropCandidates.remove(random.nextInt(dropCandidates.size())), null);
                count--;
            }
        }
        // A meeting that gains a slot adds one to its buyer's and structure's counts.
        for (MeetingAssignment meeting : proposed) {
            if (proposal.newSlot(meeting) == null || meeting.getSlot() != null) {
                continue;
            }
            if (!capBuyer(proposal, index, meeting.getBuyer(), random)
                    || !capStructure(proposal, index, meeting.getStructure(), random)) {
                return false;
            }
        }
        return true;
    }

    private static boolean capBuyer(Proposal proposal, MoveIndex index, PlannedBuyer buyer, Random random) {
        return !buyer.hasMaxMeetings() || cap(proposal, index.of(buyer), buyer.getMaxMeetings(), random);
    }

    private static boolean capStructure(Proposal proposal, MoveIndex index, PlannedStructure structure,
                                        Random random) {
        return !structure.hasMaxMeetings()
                || cap(proposal, index.of(structure), structure.getMaxMeetings(), random);
    }

    /** Drops meetings of the group at random, sparing the moved and pinned ones, until it holds at most max. */
    private static boolean cap(Proposal proposal, List<MeetingAssignment> group, int max, Random random) {
        int count = 0;
        List<MeetingAssignment> dropCandidates = new ArrayList<>();
        for (MeetingAssignment other : group) {
            if (proposal.slotOf(other) != null) {
                count++;
                if (!proposal.changes(other) && !other.isPinned()) {
                    dropCandidates.add(other);
                }
            }
        }
        while (count > max) {
            if (dropCandidates.isEmpty()) {
                return false;
            }
            proposal.set(dropCandidates.remove(random.nextInt(dropCandidates.size())), null);
            count--;
        }
        return true;
    }
}
